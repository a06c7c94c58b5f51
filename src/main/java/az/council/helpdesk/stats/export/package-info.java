/**
 * The statistics as files for the secretary: CSV (UTF-8 with BOM so Excel shows Cyrillic and ə, cells escaped
 * against formula injection), XLSX (fastexcel: a summary sheet and one sheet per breakdown) and PNG bar charts
 * (XChart, drawn headless, sized for a phone screen). All three are built from one {@link
 * az.council.helpdesk.stats.export.StatsTable}, so they always agree.
 */
package az.council.helpdesk.stats.export;
