/**
 * Crash and restart tests of the whole process: nothing a migrant sent may be lost.
 */
package az.council.helpdesk.durability;
