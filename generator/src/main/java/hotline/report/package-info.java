/**
 * The activation report for labor bureaus: {@link hotline.report.Report} reads a {@code hotline
 * verify} results folder (results.json, plan.json, scripts.sha256 and the generated scripts) and
 * renders one self-contained HTML file from {@code templates/report/report.html.ftlh}, in Chinese
 * or English: the requests as written, a verdict per request and per check in plain words
 * (failures first), a ladder diagram per test call, charts, the scripts' SHA-256 and the statutory
 * deadlines.
 *
 * <p>Reading is strict ({@link hotline.report.ReportInputException} names the file and field);
 * the model is built in Java ({@code ReportModel}, {@code Words}, {@code Sentences}, the chart and
 * ladder classes compute every coordinate) so the template only prints.
 */
package hotline.report;
