/**
 * Writers of the results folder (DESIGN.md section 5): CSV tables, run.json, report.md, written
 * atomically. Reads only finished outcomes; imports {@code versus.eval} and {@code versus.train}
 * (histories).
 */
package versus.report;
