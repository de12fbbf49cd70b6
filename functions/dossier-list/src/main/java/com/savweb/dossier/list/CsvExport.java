package com.savweb.dossier.list;

import com.savweb.core.config.Catalogue;
import com.savweb.core.model.Dossier;
import com.savweb.core.model.Language;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a list of dossiers as CSV that spreadsheet software opens correctly, accents included:
 * UTF-8 with a byte-order mark, {@code ;} as separator in French (what French spreadsheet
 * settings expect) and {@code ,} in English, quotes around every text field, and dates in the
 * desk's time zone (Europe/Luxembourg).
 */
final class CsvExport {

    private static final ZoneId DESK_ZONE = ZoneId.of("Europe/Luxembourg");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DESK_ZONE);

    private CsvExport() {
    }

    static String write(List<Dossier> dossiers, Language language, Catalogue catalogue) {
        char separator = language == Language.EN ? ',' : ';';
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = language == Language.EN
                ? List.of("Number", "Created", "Last change", "State", "Urgency", "Problem",
                        "Company", "Subject", "Opened by", "For")
                : List.of("Numéro", "Création", "Dernier changement", "État", "Urgence",
                        "Problème", "Société", "Sujet", "Ouvert par", "Pour");
        line(csv, header, separator);
        for (Dossier d : dossiers) {
            line(csv, List.of(d.number(), DATE.format(d.createdAt()),
                    DATE.format(d.updatedAt()),
                    d.state().name() + " " + d.state().label(language),
                    catalogue.label(d.urgency(), language),
                    catalogue.label(d.department(), language),
                    d.companyName(), d.subject(), d.openedByName(), d.requesterName()),
                    separator);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields, char separator) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(separator);
            }
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes a field; a leading formula character is neutralised (CSV injection). */
    static String quote(String field) {
        String value = field == null ? "" : field;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
