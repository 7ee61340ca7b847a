package io.assetbridge.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String rows(Object[]... rows) throws IOException {
        var out = new StringWriter();
        var csv = new CsvWriter(out);
        for (Object[] row : rows) {
            csv.row(row);
        }
        return out.toString();
    }

    @Test
    void plainCellsAreWrittenAsTheyAreWithCrlfRowEnds() throws IOException {
        assertThat(rows(new Object[] {"id", "name"}, new Object[] {7L, "Laptop 12"}))
                .isEqualTo("id,name\r\n7,Laptop 12\r\n");
    }

    @Test
    void aCellWithACommaQuoteOrLineBreakIsQuotedWithItsQuotesDoubled() throws IOException {
        assertThat(rows(new Object[] {"a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain"}))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    @Test
    void nullIsAnEmptyCellAndAnEmptyRowKeepsItsSeparators() throws IOException {
        assertThat(rows(new Object[] {null, "x", null})).isEqualTo(",x,\r\n");
        assertThat(rows(new Object[] {""})).isEqualTo("\r\n");
    }

    @Test
    void cellsAFormulaCouldStartWithGetAnApostrophe() throws IOException {
        assertThat(rows(new Object[] {"=1+2", "+SUM(A1)", "-3", "@cmd", "\tx", "a=b", "'kept"}))
                .isEqualTo("'=1+2,'+SUM(A1),'-3,'@cmd,'\tx,a=b,'kept\r\n");
    }

    @Test
    void aDefusedCellThatNeedsQuotingIsQuotedAfterTheApostrophe() throws IOException {
        assertThat(rows(new Object[] {"=HYPERLINK(\"http://x\",\"a,b\")"}))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"\r\n");
    }

    @Test
    void nonAsciiTextPassesUnchanged() throws IOException {
        assertThat(rows(new Object[] {"Müller & Søn", "東京支社", "naïve, café", "😀"}))
                .isEqualTo("Müller & Søn,東京支社,\"naïve, café\",😀\r\n");
    }

    @Test
    void datesAndNumbersAreWrittenInTheirIsoAndPlainForms() throws IOException {
        assertThat(rows(new Object[] {LocalDate.of(2026, 1, 31), 12345678901L, true}))
                .isEqualTo("2026-01-31,12345678901,true\r\n");
    }
}
