/**
 * Languages and user-facing text. Every sentence a user reads comes from {@code i18n/messages_*.properties}
 * (UTF-8) in Azerbaijani, Russian and English; a test keeps the three bundles in step.
 */
package az.council.helpdesk.i18n;
