/**
 * Benchmarks run by the {@code bench} command: search latency against a plain BM25 baseline on the real FAQ
 * and on a synthetic large one. Figures go into the README with the command that produced them.
 */
package az.council.helpdesk.bench;
