/**
 * Start-up configuration: one validated {@link az.council.helpdesk.config.Config} record read from environment
 * variables, optionally from a YAML file named by {@code HELPDESK_CONFIG}, and from {@code <NAME>_FILE} files
 * for secrets (as container users expect). Every wrong or missing value becomes one {@link
 * az.council.helpdesk.config.ConfigException} sentence that says what to set; nothing here knows Telegram's
 * library types.
 */
package az.council.helpdesk.config;
