package io.loginwatch.source;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Country names and codes as vendors spell them, to ISO 3166-1 alpha-2.
 *
 * <p>Built from the JDK's ISO country list (alpha-2, alpha-3 and English display names) plus a table of the aliases
 * that identity providers and GeoIP databases use instead ({@code United States of America}, {@code UK},
 * {@code Russian Federation}, {@code Korea, Republic of}, {@code Czech Republic} ...). Matching ignores case, accents,
 * punctuation, {@code &}/{@code and}, {@code St.}/{@code Saint} and a leading {@code The}.
 */
public final class Countries {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9 ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Names the JDK does not know, or knows under another spelling; keys are normalized on load. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("United States of America", "US"),
            Map.entry("U.S.", "US"),
            Map.entry("U.S.A.", "US"),
            Map.entry("America", "US"),
            Map.entry("UK", "GB"),
            Map.entry("U.K.", "GB"),
            Map.entry("Great Britain", "GB"),
            Map.entry("Britain", "GB"),
            Map.entry("England", "GB"),
            Map.entry("Scotland", "GB"),
            Map.entry("Wales", "GB"),
            Map.entry("Northern Ireland", "GB"),
            Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
            Map.entry("Russian Federation", "RU"),
            Map.entry("Korea", "KR"),
            Map.entry("Republic of Korea", "KR"),
            Map.entry("Korea, Republic of", "KR"),
            Map.entry("Korea Republic", "KR"),
            Map.entry("Democratic People's Republic of Korea", "KP"),
            Map.entry("Korea, Democratic People's Republic of", "KP"),
            Map.entry("Viet Nam", "VN"),
            Map.entry("Czech Republic", "CZ"),
            Map.entry("Hong Kong", "HK"),
            Map.entry("Macau", "MO"),
            Map.entry("Macao", "MO"),
            Map.entry("Türkiye", "TR"),
            Map.entry("Ivory Coast", "CI"),
            Map.entry("Iran, Islamic Republic of", "IR"),
            Map.entry("Islamic Republic of Iran", "IR"),
            Map.entry("Syrian Arab Republic", "SY"),
            Map.entry("Taiwan, Province of China", "TW"),
            Map.entry("Republic of China", "TW"),
            Map.entry("Bolivia, Plurinational State of", "BO"),
            Map.entry("Venezuela, Bolivarian Republic of", "VE"),
            Map.entry("Tanzania, United Republic of", "TZ"),
            Map.entry("Lao People's Democratic Republic", "LA"),
            Map.entry("Moldova, Republic of", "MD"),
            Map.entry("Republic of Moldova", "MD"),
            Map.entry("Palestine", "PS"),
            Map.entry("State of Palestine", "PS"),
            Map.entry("Palestine, State of", "PS"),
            Map.entry("Myanmar", "MM"),
            Map.entry("Burma", "MM"),
            Map.entry("Swaziland", "SZ"),
            Map.entry("Macedonia", "MK"),
            Map.entry("Republic of North Macedonia", "MK"),
            Map.entry("The Former Yugoslav Republic of Macedonia", "MK"),
            Map.entry("Cabo Verde", "CV"),
            Map.entry("East Timor", "TL"),
            Map.entry("Holy See", "VA"),
            Map.entry("Vatican", "VA"),
            Map.entry("Democratic Republic of the Congo", "CD"),
            Map.entry("Congo, The Democratic Republic of the", "CD"),
            Map.entry("DR Congo", "CD"),
            Map.entry("DRC", "CD"),
            Map.entry("Republic of the Congo", "CG"),
            Map.entry("Congo", "CG"),
            Map.entry("Brunei Darussalam", "BN"),
            Map.entry("Micronesia, Federated States of", "FM"),
            Map.entry("Federated States of Micronesia", "FM"),
            Map.entry("Bonaire, Sint Eustatius and Saba", "BQ"),
            Map.entry("Saint Martin (French part)", "MF"),
            Map.entry("Sint Maarten (Dutch part)", "SX"),
            Map.entry("Virgin Islands, British", "VG"),
            Map.entry("Virgin Islands, U.S.", "VI"),
            Map.entry("Falkland Islands (Malvinas)", "FK"),
            Map.entry("UAE", "AE"),
            Map.entry("Kosovo", "XK"),
            Map.entry("XK", "XK"));

    private static final Map<String, String> BY_KEY = build();

    private Countries() {}

    /**
     * The ISO 3166-1 alpha-2 code (upper case) of a country given as an alpha-2 or alpha-3 code or an English name.
     *
     * @return the code, or {@code null} when the value is blank or not a country this table knows
     */
    public static @Nullable String toIso(@Nullable String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        return BY_KEY.get(normalize(nameOrCode));
    }

    private static Map<String, String> build() {
        Map<String, String> byKey = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale locale = new Locale("", code);
            byKey.put(normalize(code), code);
            byKey.put(normalize(locale.getISO3Country()), code);
            byKey.put(normalize(locale.getDisplayCountry(Locale.ENGLISH)), code);
        }
        ALIASES.forEach((alias, code) -> byKey.put(normalize(alias), code));
        return Map.copyOf(byKey);
    }

    static String normalize(String value) {
        String text = MARKS.matcher(Normalizer.normalize(value.trim(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("\u2019", "");
        text = NON_ALNUM.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        text = (" " + text + " ").replace(" st ", " saint ").trim();
        return text.startsWith("the ") ? text.substring(4) : text;
    }
}
