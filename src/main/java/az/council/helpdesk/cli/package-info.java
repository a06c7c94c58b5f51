/**
 * The command line: one thin picocli class per sub-command, shared options as mixins, failures turned into
 * named exit codes ({@link az.council.helpdesk.cli.ExitCode}) in one place. Commands wire the object graph by
 * hand; no logic lives here that a test could not reach through the domain packages.
 */
package az.council.helpdesk.cli;
