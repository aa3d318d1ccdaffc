package io.loginwatch.scenario;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The static geography of a scenario: real cities (coordinates and time zones) and the networks in them (real AS numbers
 * and operators, with made-up but non-overlapping IPv4 blocks). Data, not logic.
 */
final class World {

    private World() {}

    /** A city as GeoIP would report it. */
    record City(String name, String country, double latitude, double longitude, ZoneId zone) {

        City(String name, String country, double latitude, double longitude, String zone) {
            this(name, country, latitude, longitude, ZoneId.of(zone));
        }

        double distanceKm(City other) {
            return Geo.distanceKm(latitude, longitude, other.latitude, other.longitude);
        }
    }

    /** What a network is used for; decides who appears on it. */
    enum NetworkKind {
        RESIDENTIAL,
        MOBILE,
        BUSINESS,
        CORPORATE_VPN,
        CLOUD,
        HOSTING,
        COMMERCIAL_VPN,
        TOR
    }

    /**
     * An IPv4 block of one operator in one city (mobile blocks are country-wide and geolocate to the subscriber's
     * area).
     */
    record Network(String key, long asn, String asOrg, City city, String cidr, NetworkKind kind) {

        /** The n-th host address of the block (wrapping, never the network or broadcast address). */
        String host(long n) {
            String[] parts = cidr.split("/");
            int bits = Integer.parseInt(parts[1]);
            long base = Ipv4.toLong(parts[0]);
            long size = 1L << (32 - bits);
            return Ipv4.toString(base + 1 + Math.floorMod(n, size - 2));
        }

        String country() {
            return city.country();
        }
    }

    // ------------------------------------------------------------------ cities

    static final City SEATTLE = new City("Seattle", "US", 47.6062, -122.3321, "America/Los_Angeles");
    static final City NEW_YORK = new City("New York", "US", 40.7128, -74.0060, "America/New_York");
    static final City LONDON = new City("London", "GB", 51.5072, -0.1276, "Europe/London");
    static final City BERLIN = new City("Berlin", "DE", 52.5200, 13.4050, "Europe/Berlin");
    static final City BANGALORE = new City("Bengaluru", "IN", 12.9716, 77.5946, "Asia/Kolkata");
    static final City SYDNEY = new City("Sydney", "AU", -33.8688, 151.2093, "Australia/Sydney");

    static final City TACOMA = new City("Tacoma", "US", 47.2529, -122.4443, "America/Los_Angeles");
    static final City BELLEVUE = new City("Bellevue", "US", 47.6101, -122.2015, "America/Los_Angeles");
    static final City PORTLAND = new City("Portland", "US", 45.5152, -122.6784, "America/Los_Angeles");
    static final City NEWARK = new City("Newark", "US", 40.7357, -74.1724, "America/New_York");
    static final City BOSTON = new City("Boston", "US", 42.3601, -71.0589, "America/New_York");
    static final City AUSTIN = new City("Austin", "US", 30.2672, -97.7431, "America/Chicago");
    static final City MIAMI = new City("Miami", "US", 25.7617, -80.1918, "America/New_York");
    static final City LOS_ANGELES = new City("Los Angeles", "US", 34.0522, -118.2437, "America/Los_Angeles");
    static final City READING = new City("Reading", "GB", 51.4543, -0.9781, "Europe/London");
    static final City MANCHESTER = new City("Manchester", "GB", 53.4808, -2.2426, "Europe/London");
    static final City EDINBURGH = new City("Edinburgh", "GB", 55.9533, -3.1883, "Europe/London");
    static final City POTSDAM = new City("Potsdam", "DE", 52.3906, 13.0645, "Europe/Berlin");
    static final City MUNICH = new City("Munich", "DE", 48.1351, 11.5820, "Europe/Berlin");
    static final City COLOGNE = new City("Cologne", "DE", 50.9375, 6.9603, "Europe/Berlin");
    static final City MYSORE = new City("Mysuru", "IN", 12.2958, 76.6394, "Asia/Kolkata");
    static final City PUNE = new City("Pune", "IN", 18.5204, 73.8567, "Asia/Kolkata");
    static final City DELHI = new City("Delhi", "IN", 28.7041, 77.1025, "Asia/Kolkata");
    static final City WOLLONGONG = new City("Wollongong", "AU", -34.4278, 150.8931, "Australia/Sydney");
    static final City MELBOURNE = new City("Melbourne", "AU", -37.8136, 144.9631, "Australia/Melbourne");
    static final City PERTH = new City("Perth", "AU", -31.9505, 115.8605, "Australia/Perth");

    static final City TOKYO = new City("Tokyo", "JP", 35.6762, 139.6503, "Asia/Tokyo");
    static final City PARIS = new City("Paris", "FR", 48.8566, 2.3522, "Europe/Paris");
    static final City TORONTO = new City("Toronto", "CA", 43.6532, -79.3832, "America/Toronto");
    static final City CHICAGO = new City("Chicago", "US", 41.8781, -87.6298, "America/Chicago");
    static final City DUBAI = new City("Dubai", "AE", 25.2048, 55.2708, "Asia/Dubai");
    static final City MEXICO_CITY = new City("Mexico City", "MX", 19.4326, -99.1332, "America/Mexico_City");

    static final City ASHBURN = new City("Ashburn", "US", 39.0438, -77.4874, "America/New_York");
    static final City FRANKFURT = new City("Frankfurt am Main", "DE", 50.1109, 8.6821, "Europe/Berlin");
    static final City SINGAPORE = new City("Singapore", "SG", 1.3521, 103.8198, "Asia/Singapore");
    static final City DUBLIN = new City("Dublin", "IE", 53.3498, -6.2603, "Europe/Dublin");
    static final City COUNCIL_BLUFFS = new City("Council Bluffs", "US", 41.2619, -95.8608, "America/Chicago");

    static final City LAGOS = new City("Lagos", "NG", 6.5244, 3.3792, "Africa/Lagos");
    static final City BUCHAREST = new City("Bucharest", "RO", 44.4268, 26.1025, "Europe/Bucharest");
    static final City HO_CHI_MINH = new City("Ho Chi Minh City", "VN", 10.8231, 106.6297, "Asia/Ho_Chi_Minh");
    static final City SAO_PAULO = new City("Sao Paulo", "BR", -23.5505, -46.6333, "America/Sao_Paulo");
    static final City JAKARTA = new City("Jakarta", "ID", -6.2088, 106.8456, "Asia/Jakarta");
    static final City KYIV = new City("Kyiv", "UA", 50.4501, 30.5234, "Europe/Kyiv");
    static final City CAIRO = new City("Cairo", "EG", 30.0444, 31.2357, "Africa/Cairo");
    static final City MANILA = new City("Manila", "PH", 14.5995, 120.9842, "Asia/Manila");
    static final City MOSCOW = new City("Moscow", "RU", 55.7558, 37.6173, "Europe/Moscow");
    static final City KARACHI = new City("Karachi", "PK", 24.8607, 67.0011, "Asia/Karachi");
    static final City AMSTERDAM = new City("Amsterdam", "NL", 52.3676, 4.9041, "Europe/Amsterdam");
    static final City ROUBAIX = new City("Roubaix", "FR", 50.6942, 3.1746, "Europe/Paris");
    static final City FALKENSTEIN = new City("Falkenstein", "DE", 50.4777, 12.3649, "Europe/Berlin");

    /** An office: where it is, who provides its internet, and the cities its staff live in or near. */
    record Office(City city, String businessNetwork, List<City> nearby, List<City> remote, double share) {}

    static final List<Office> OFFICES = List.of(
            new Office(SEATTLE, "zayo-seattle", List.of(TACOMA, BELLEVUE), List.of(PORTLAND, AUSTIN), 0.25),
            new Office(NEW_YORK, "cogent-newyork", List.of(NEWARK), List.of(BOSTON, AUSTIN), 0.20),
            new Office(LONDON, "colt-london", List.of(READING), List.of(MANCHESTER), 0.20),
            new Office(BERLIN, "colt-berlin", List.of(POTSDAM), List.of(MUNICH), 0.10),
            new Office(BANGALORE, "tata-bangalore", List.of(MYSORE), List.of(PUNE), 0.15),
            new Office(SYDNEY, "telstra-biz-sydney", List.of(WOLLONGONG), List.of(MELBOURNE), 0.10));

    /** Cities far (over 500 km) from the offices' metros in the same country: where an in-country attacker sits. */
    static final Map<String, List<City>> FAR_CITIES = Map.of(
            "US", List.of(MIAMI, LOS_ANGELES, SEATTLE, NEW_YORK),
            "GB", List.of(EDINBURGH, LONDON),
            "DE", List.of(COLOGNE, MUNICH, BERLIN),
            "IN", List.of(DELHI, BANGALORE),
            "AU", List.of(PERTH, SYDNEY));

    /** Destinations of business trips that are not offices. */
    static final List<City> CUSTOMER_CITIES = List.of(TOKYO, PARIS, TORONTO, CHICAGO, DUBAI, MEXICO_CITY);

    // ------------------------------------------------------------------ networks

    static final List<Network> NETWORKS = List.of(
            // United States
            net("comcast-seattle", 7922, "Comcast Cable Communications, LLC", SEATTLE, "73.53.0.0/16", "R"),
            net("comcast-tacoma", 7922, "Comcast Cable Communications, LLC", TACOMA, "73.97.0.0/16", "R"),
            net("comcast-bellevue", 7922, "Comcast Cable Communications, LLC", BELLEVUE, "73.98.0.0/16", "R"),
            net("comcast-portland", 7922, "Comcast Cable Communications, LLC", PORTLAND, "73.11.0.0/16", "R"),
            net("comcast-chicago", 7922, "Comcast Cable Communications, LLC", CHICAGO, "73.44.0.0/16", "R"),
            net("comcast-miami", 7922, "Comcast Cable Communications, LLC", MIAMI, "73.85.0.0/16", "R"),
            net("lumen-seattle", 209, "CenturyLink Communications, LLC", SEATTLE, "75.165.0.0/16", "R"),
            net("verizon-newyork", 701, "Verizon Business", NEW_YORK, "71.183.0.0/16", "R"),
            net("verizon-newark", 701, "Verizon Business", NEWARK, "71.187.0.0/16", "R"),
            net("verizon-boston", 701, "Verizon Business", BOSTON, "71.174.0.0/16", "R"),
            net("spectrum-newyork", 12271, "Charter Communications Inc", NEW_YORK, "67.243.0.0/16", "R"),
            net("spectrum-austin", 11427, "Charter Communications Inc", AUSTIN, "70.112.0.0/16", "R"),
            net("spectrum-losangeles", 20001, "Charter Communications Inc", LOS_ANGELES, "76.91.0.0/16", "R"),
            net("att-austin", 7018, "AT&T Enterprises, LLC", AUSTIN, "99.47.0.0/16", "R"),
            net("att-miami", 7018, "AT&T Enterprises, LLC", MIAMI, "99.32.0.0/16", "R"),
            net("att-losangeles", 7018, "AT&T Enterprises, LLC", LOS_ANGELES, "99.9.0.0/16", "R"),
            net("tmobile-us", 21928, "T-Mobile USA, Inc.", SEATTLE, "172.56.0.0/16", "M"),
            net("verizon-wireless", 6167, "Verizon Wireless", NEW_YORK, "174.192.0.0/16", "M"),
            net("zayo-seattle", 6461, "Zayo Bandwidth", SEATTLE, "64.125.20.0/24", "B"),
            net("cogent-newyork", 174, "Cogent Communications", NEW_YORK, "38.122.7.0/24", "B"),
            // United Kingdom
            net("bt-london", 2856, "British Telecommunications PLC", LONDON, "86.128.0.0/16", "R"),
            net("bt-reading", 2856, "British Telecommunications PLC", READING, "86.129.0.0/16", "R"),
            net("bt-edinburgh", 2856, "British Telecommunications PLC", EDINBURGH, "86.130.0.0/16", "R"),
            net("virgin-london", 5089, "Virgin Media Limited", LONDON, "82.32.0.0/16", "R"),
            net("virgin-manchester", 5089, "Virgin Media Limited", MANCHESTER, "82.33.0.0/16", "R"),
            net("sky-london", 5607, "Sky UK Limited", LONDON, "90.192.0.0/16", "R"),
            net("sky-edinburgh", 5607, "Sky UK Limited", EDINBURGH, "90.193.0.0/16", "R"),
            net("ee-uk", 12576, "EE Limited", LONDON, "31.94.0.0/16", "M"),
            net("colt-london", 8220, "COLT Technology Services Group Limited", LONDON, "212.36.10.0/24", "B"),
            // Germany
            net("telekom-berlin", 3320, "Deutsche Telekom AG", BERLIN, "79.192.0.0/16", "R"),
            net("telekom-potsdam", 3320, "Deutsche Telekom AG", POTSDAM, "79.193.0.0/16", "R"),
            net("telekom-munich", 3320, "Deutsche Telekom AG", MUNICH, "79.194.0.0/16", "R"),
            net("telekom-cologne", 3320, "Deutsche Telekom AG", COLOGNE, "79.195.0.0/16", "R"),
            net("vodafone-berlin", 3209, "Vodafone GmbH", BERLIN, "88.64.0.0/16", "R"),
            net("vodafone-cologne", 3209, "Vodafone GmbH", COLOGNE, "88.65.0.0/16", "R"),
            net("o2-de", 6805, "Telefonica Germany GmbH & Co.OHG", BERLIN, "176.0.0.0/16", "M"),
            net("colt-berlin", 8220, "COLT Technology Services Group Limited", BERLIN, "212.36.20.0/24", "B"),
            // India
            net("airtel-bangalore", 24560, "Bharti Airtel Ltd.", BANGALORE, "122.171.0.0/16", "R"),
            net("airtel-mysore", 24560, "Bharti Airtel Ltd.", MYSORE, "122.172.0.0/16", "R"),
            net("airtel-delhi", 24560, "Bharti Airtel Ltd.", DELHI, "122.173.0.0/16", "R"),
            net("act-bangalore", 24309, "Atria Convergence Technologies Ltd.", BANGALORE, "106.51.0.0/16", "R"),
            net("act-pune", 24309, "Atria Convergence Technologies Ltd.", PUNE, "106.52.0.0/16", "R"),
            net("jio-in", 55836, "Reliance Jio Infocomm Limited", BANGALORE, "49.36.0.0/16", "M"),
            net(
                    "tata-bangalore",
                    4755,
                    "TATA Communications formerly VSNL is Leading ISP",
                    BANGALORE,
                    "14.140.5.0/24",
                    "B"),
            // Australia
            net("telstra-sydney", 1221, "Telstra Limited", SYDNEY, "101.160.0.0/16", "R"),
            net("telstra-wollongong", 1221, "Telstra Limited", WOLLONGONG, "101.161.0.0/16", "R"),
            net("telstra-melbourne", 1221, "Telstra Limited", MELBOURNE, "101.162.0.0/16", "R"),
            net("telstra-perth", 1221, "Telstra Limited", PERTH, "101.163.0.0/16", "R"),
            net("tpg-sydney", 7545, "TPG Telecom Limited", SYDNEY, "124.168.0.0/16", "R"),
            net("tpg-perth", 7545, "TPG Telecom Limited", PERTH, "124.169.0.0/16", "R"),
            net("optus-au", 4804, "Optus Internet Pty Ltd", SYDNEY, "49.176.0.0/16", "M"),
            net("telstra-biz-sydney", 1221, "Telstra Limited", SYDNEY, "203.35.80.0/24", "B"),
            // Business-trip destinations (hotel and local networks)
            net("ntt-tokyo", 4713, "NTT Communications Corporation", TOKYO, "153.156.0.0/16", "R"),
            net("orange-paris", 3215, "Orange S.A.", PARIS, "2.4.0.0/16", "R"),
            net("rogers-toronto", 812, "Rogers Communications Canada Inc.", TORONTO, "142.112.0.0/16", "R"),
            net("etisalat-dubai", 5384, "Emirates Telecommunications Group Company PJSC", DUBAI, "94.56.0.0/16", "R"),
            net("telmex-mexico", 8151, "UNINET", MEXICO_CITY, "187.188.0.0/16", "R"),
            // Corporate VPN egress (Zscaler points of presence), shared by many users
            net("zscaler-ashburn", 53813, "Zscaler, Inc.", ASHBURN, "165.225.8.0/24", "V"),
            net("zscaler-frankfurt", 53813, "Zscaler, Inc.", FRANKFURT, "165.225.72.0/24", "V"),
            net("zscaler-singapore", 53813, "Zscaler, Inc.", SINGAPORE, "165.225.112.0/24", "V"),
            // Clouds where service accounts run
            net("aws-us-east-1", 16509, "Amazon.com, Inc.", ASHBURN, "3.80.0.0/16", "C"),
            net("aws-eu-west-1", 16509, "Amazon.com, Inc.", DUBLIN, "52.16.0.0/16", "C"),
            net("gcp-us-central1", 396982, "Google LLC", COUNCIL_BLUFFS, "34.66.0.0/16", "C"),
            // Attacker infrastructure
            net("mtn-lagos", 29465, "MTN NIGERIA Communication limited", LAGOS, "102.89.0.0/16", "R"),
            net("rds-bucharest", 8708, "RCS & RDS SA", BUCHAREST, "86.120.0.0/16", "R"),
            net("viettel-hcmc", 7552, "Viettel Group", HO_CHI_MINH, "27.72.0.0/16", "R"),
            net("claro-saopaulo", 28573, "Claro NXT Telecomunicacoes Ltda", SAO_PAULO, "177.139.0.0/16", "R"),
            net("telkom-jakarta", 7713, "PT Telekomunikasi Indonesia", JAKARTA, "36.72.0.0/16", "R"),
            net("kyivstar-kyiv", 15895, "Kyivstar PJSC", KYIV, "46.211.0.0/16", "R"),
            net("tedata-cairo", 8452, "TE Data", CAIRO, "41.44.0.0/16", "R"),
            net("pldt-manila", 9299, "Philippine Long Distance Telephone Company", MANILA, "112.198.0.0/16", "R"),
            net("rostelecom-moscow", 12389, "PJSC Rostelecom", MOSCOW, "95.24.0.0/16", "R"),
            net("ptcl-karachi", 17557, "Pakistan Telecommunication Company Limited", KARACHI, "39.32.0.0/16", "R"),
            net("digitalocean-ams", 14061, "DigitalOcean, LLC", AMSTERDAM, "188.166.0.0/16", "H"),
            net("ovh-roubaix", 16276, "OVH SAS", ROUBAIX, "51.68.0.0/16", "H"),
            net("hetzner-falkenstein", 24940, "Hetzner Online GmbH", FALKENSTEIN, "88.198.0.0/16", "H"),
            net("m247-bucharest", 9009, "M247 Europe SRL", BUCHAREST, "185.156.174.0/24", "P"),
            net("m247-amsterdam", 9009, "M247 Europe SRL", AMSTERDAM, "146.70.25.0/24", "P"),
            net("tor-exit-de", 24940, "Hetzner Online GmbH", FALKENSTEIN, "185.220.101.0/24", "T"),
            net("tor-exit-nl", 60729, "Stiftung Erneuerbare Freiheit", AMSTERDAM, "185.220.102.0/24", "T"));

    static final Map<String, Network> BY_KEY =
            NETWORKS.stream().collect(Collectors.toUnmodifiableMap(Network::key, Function.identity()));

    /** Attacker home networks abroad (residential), round-robin across attacks. */
    static final List<String> ATTACKER_RESIDENTIAL = List.of(
            "mtn-lagos",
            "rds-bucharest",
            "viettel-hcmc",
            "claro-saopaulo",
            "telkom-jakarta",
            "kyivstar-kyiv",
            "tedata-cairo",
            "pldt-manila",
            "rostelecom-moscow",
            "ptcl-karachi");

    static final List<String> ATTACKER_HOSTING = List.of("digitalocean-ams", "ovh-roubaix", "hetzner-falkenstein");
    static final List<String> ATTACKER_VPN = List.of("m247-bucharest", "m247-amsterdam");
    static final List<String> ATTACKER_TOR = List.of("tor-exit-de", "tor-exit-nl");

    static Network network(String key) {
        Network network = BY_KEY.get(key);
        if (network == null) {
            throw new IllegalArgumentException("no network " + key);
        }
        return network;
    }

    /** Networks of one kind in one city. */
    static List<Network> networksIn(City city, NetworkKind kind) {
        return NETWORKS.stream()
                .filter(n -> n.kind() == kind && n.city().equals(city))
                .toList();
    }

    /** The mobile carrier networks of a country. */
    static List<Network> mobileIn(String country) {
        return NETWORKS.stream()
                .filter(n -> n.kind() == NetworkKind.MOBILE && n.country().equals(country))
                .toList();
    }

    /** The corporate VPN point of presence nearest to a city. */
    static Network nearestVpn(City city) {
        Network best = null;
        for (Network n : NETWORKS) {
            if (n.kind() == NetworkKind.CORPORATE_VPN
                    && (best == null || city.distanceKm(n.city()) < city.distanceKm(best.city()))) {
                best = n;
            }
        }
        return best;
    }

    private static Network net(String key, long asn, String org, City city, String cidr, String kind) {
        NetworkKind k = switch (kind) {
            case "R" -> NetworkKind.RESIDENTIAL;
            case "M" -> NetworkKind.MOBILE;
            case "B" -> NetworkKind.BUSINESS;
            case "V" -> NetworkKind.CORPORATE_VPN;
            case "C" -> NetworkKind.CLOUD;
            case "H" -> NetworkKind.HOSTING;
            case "P" -> NetworkKind.COMMERCIAL_VPN;
            case "T" -> NetworkKind.TOR;
            default -> throw new IllegalArgumentException(kind);
        };
        return new Network(key, asn, org, city, cidr, k);
    }

    /** Great-circle distances. */
    static final class Geo {
        private Geo() {}

        static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
            double p1 = Math.toRadians(lat1);
            double p2 = Math.toRadians(lat2);
            double dp = p2 - p1;
            double dl = Math.toRadians(lon2 - lon1);
            double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                    + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
        }
    }

    /** IPv4 text and numbers. */
    static final class Ipv4 {
        private Ipv4() {}

        static long toLong(String ip) {
            String[] octets = ip.split("\\.");
            long value = 0;
            for (String octet : octets) {
                value = (value << 8) | Integer.parseInt(octet);
            }
            return value;
        }

        static String toString(long value) {
            return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "."
                    + (value & 255);
        }
    }
}
