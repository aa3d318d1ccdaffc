package io.loginwatch.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "United States | US",
                "Brazil | BR",
                "Portugal | PT",
                "United Kingdom | GB",
                "Germany | DE",
                "Netherlands | NL",
            })
    void mapsEnglishCountryNamesAsOktaSendsThem(String name, String iso) {
        assertThat(Countries.toIso(name)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "United States of America | US",
                "USA | US",
                "UK | GB",
                "Great Britain | GB",
                "Russia | RU",
                "Russian Federation | RU",
                "South Korea | KR",
                "Korea, Republic of | KR",
                "North Korea | KP",
                "Vietnam | VN",
                "Viet Nam | VN",
                "Czech Republic | CZ",
                "Czechia | CZ",
                "Hong Kong | HK",
                "Türkiye | TR",
                "Turkey | TR",
                "Ivory Coast | CI",
                "Côte d'Ivoire | CI",
                "Côte d’Ivoire | CI",
                "The Bahamas | BS",
                "Saint Kitts and Nevis | KN",
                "St. Kitts & Nevis | KN",
                "Iran, Islamic Republic of | IR",
                "Democratic Republic of the Congo | CD",
                "Kosovo | XK",
            })
    void mapsCommonAliasesAndSpellings(String name, String iso) {
        assertThat(Countries.toIso(name)).isEqualTo(iso);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {"US | US", "br | BR", " gb  | GB", "DEU | DE", "usa | US"})
    void acceptsAlpha2AndAlpha3CodesInAnyCase(String code, String iso) {
        assertThat(Countries.toIso(code)).isEqualTo(iso);
    }

    @Test
    void ignoresCaseAccentsAndPunctuationInNames() {
        assertThat(Countries.toIso("UNITED STATES")).isEqualTo("US");
        assertThat(Countries.toIso("  united   kingdom ")).isEqualTo("GB");
        assertThat(Countries.toIso("Sao Tome and Principe")).isEqualTo("ST");
        assertThat(Countries.toIso("Curacao")).isEqualTo("CW");
    }

    @Test
    void returnsNullForBlankOrUnknownValues() {
        assertThat(Countries.toIso(null)).isNull();
        assertThat(Countries.toIso("")).isNull();
        assertThat(Countries.toIso("   ")).isNull();
        assertThat(Countries.toIso("Atlantis")).isNull();
        assertThat(Countries.toIso("ZZ")).isNull();
    }
}
