/**
 * Operations: the optional health and Prometheus metrics endpoint, and the counters the bot keeps.
 */
package az.council.helpdesk.ops;
