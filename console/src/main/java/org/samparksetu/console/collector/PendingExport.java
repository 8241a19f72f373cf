package org.samparksetu.console.collector;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The collector's downloads: every pending complaint (CSV and the first sheet of the Excel file), and in the Excel file
 * the departments' accountability and the month's ranking, with headers in the person's language.
 * <p>
 * Excel is written with fastexcel (org.dhatim): one small jar and its zip helper, streaming the sheet as it goes;
 * Apache POI would bring some fifteen megabytes of jars (xmlbeans, the OOXML schemas) into the console to write a
 * table. Verification offers no CSV of its own, so both are made here from the same rows.
 */
final class PendingExport {
    private PendingExport() {
    }

    /** Column headers, in the person's language (from the collector bundle). */
    record Headers(List<String> pending, List<String> departments, List<String> ranking, String sheetPending,
                   String sheetDepartments, String sheetRanking, String yes, String no) {
    }

    static List<String> pendingRow(DistrictPicture.Complaint c, Headers h) {
        List<String> row = new ArrayList<>();
        row.add(c.complaintId());
        row.add(c.department());
        row.add(c.tehsil());
        row.add(c.state());
        row.add("L" + c.level());
        row.add(day(c.registeredAt()));
        row.add(day(c.dueAt()));
        row.add(String.valueOf(c.ageDays()));
        row.add(c.breached() ? String.valueOf(c.daysOverdue()) : "0");
        row.add(c.breached() ? h.yes() : h.no());
        row.add(c.subject());
        return row;
    }

    static byte[] csv(DistrictPicture picture, Headers h) {
        StringBuilder out = new StringBuilder("\uFEFF"); // a BOM, so Excel reads the Devanagari as UTF-8
        out.append(CsvRule.line(h.pending().stream().map(CsvRule::cell).toList()));
        for (DistrictPicture.Complaint c : picture.pendingList()) {
            List<String> row = pendingRow(c, h);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                // columns 7 and 8 are the console's own numbers; everything else may hold someone's text
                cells.add(i == 7 || i == 8 ? row.get(i) : CsvRule.cell(row.get(i)));
            }
            out.append(CsvRule.line(cells));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(DistrictPicture picture, Headers h) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook book = new Workbook(bytes, "Sampark Setu", "1.0");
            Worksheet pending = book.newWorksheet(h.sheetPending());
            header(pending, h.pending());
            int r = 1;
            for (DistrictPicture.Complaint c : picture.pendingList()) {
                List<String> row = pendingRow(c, h);
                for (int col = 0; col < row.size(); col++) {
                    if (col == 7) {
                        pending.value(r, col, c.ageDays());
                    } else if (col == 8) {
                        pending.value(r, col, c.breached() ? c.daysOverdue() : 0);
                    } else {
                        pending.value(r, col, row.get(col));
                    }
                }
                r++;
            }
            Worksheet departments = book.newWorksheet(h.sheetDepartments());
            header(departments, h.departments());
            r = 1;
            for (DistrictPicture.Accountability a : picture.departments()) {
                departments.value(r, 0, a.department());
                departments.value(r, 1, a.received());
                departments.value(r, 2, a.disposed());
                departments.value(r, 3, a.verified());
                departments.value(r, 4, a.falseClosures());
                departments.value(r, 5, a.falseClosurePercent());
                departments.value(r, 6, a.overdue());
                departments.value(r, 7, a.rated());
                departments.value(r, 8, a.satisfactionPercent());
                departments.value(r, 9, a.reopenedByCitizen());
                departments.value(r, 10, a.withdrawn());
                r++;
            }
            Worksheet ranking = book.newWorksheet(h.sheetRanking());
            header(ranking, h.ranking());
            r = 1;
            for (RankingRule.Ranked k : picture.ranking()) {
                ranking.value(r, 0, k.rank());
                ranking.value(r, 1, k.month().department());
                ranking.value(r, 2, k.month().received());
                ranking.value(r, 3, k.month().closed());
                ranking.value(r, 4, k.month().pending());
                ranking.value(r, 5, k.month().overdue());
                r++;
            }
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().fillColor("F4F5F8").set();
        }
        sheet.freezePane(0, 1);
    }

    private static String day(Instant t) {
        return t == null ? null : LocalDate.ofInstant(t, PendencyRule.DISTRICT).toString();
    }
}
