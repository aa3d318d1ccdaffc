#!/usr/bin/env python3
"""Generates Loginwatch's sample dataset: three weeks of sign-ins in the vendors' own delivery formats.

Writes samples/okta/*.json (Okta Event Hook bodies), samples/entra/*.json (Event Hub messages of SignInLogs and
AuditLogs records) and samples/aws-cloudtrail/*.json (CloudTrail log files), one file per source and day, plus
samples/README.md describing the users and the planted attacks.

Deterministic: the same seed gives byte-identical files, and every event id is derived from the seed and the
event's own identity (user, time, type), so ids stay stable when the data is regenerated.

Python 3 standard library only.

    scripts/generate-sample.py            # (re)write samples/
    scripts/generate-sample.py --check    # verify samples/ is what the generator makes, and well-formed
"""

import argparse
import base64
import hashlib
import json
import math
import os
import random
import sys
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone

DEFAULT_SEED = 20250303
START = date(2025, 3, 3)  # a Monday
DAYS = 21
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024

OKTA_ORG = "https://example.okta.com"
OKTA_HOOK_ID = "who1sampleHook0303"
ENTRA_TENANT = "5d1a7c3e-9b2f-4e6a-8c1d-3f5e7a9b0c2d"
AWS_ACCOUNT = "111122223333"
US_DST_START = datetime(2025, 3, 9, 10, 0, tzinfo=timezone.utc)  # 02:00 local in the US/Canada zones

# ---------------------------------------------------------------------------------------------------------------
# Places: real city names and coordinates. utc: standard offset in hours; dst: "us" switches to summer time on
# 2025-03-09 (every other zone used here keeps its offset inside the three weeks).
# ---------------------------------------------------------------------------------------------------------------
PLACES = {
    "seattle": ("Seattle", "Washington", "United States", "US", "98101", 47.6062, -122.3321, -8, "us"),
    "tacoma": ("Tacoma", "Washington", "United States", "US", "98402", 47.2529, -122.4443, -8, "us"),
    "chicago": ("Chicago", "Illinois", "United States", "US", "60601", 41.8781, -87.6298, -6, "us"),
    "new-york": ("New York", "New York", "United States", "US", "10001", 40.7128, -74.0060, -5, "us"),
    "newark": ("Newark", "New Jersey", "United States", "US", "07102", 40.7357, -74.1724, -5, "us"),
    "london": ("London", "England", "United Kingdom", "GB", "EC1A", 51.5074, -0.1278, 0, None),
    "reading": ("Reading", "England", "United Kingdom", "GB", "RG1", 51.4543, -0.9781, 0, None),
    "san-francisco": ("San Francisco", "California", "United States", "US", "94103", 37.7749, -122.4194, -8, "us"),
    "oakland": ("Oakland", "California", "United States", "US", "94612", 37.8044, -122.2712, -8, "us"),
    "sao-paulo": ("São Paulo", "Sao Paulo", "Brazil", "BR", "01000-000", -23.5475, -46.6361, -3, None),
    "zurich": ("Zurich", "Zurich", "Switzerland", "CH", "8001", 47.3769, 8.5417, 1, None),
    "tokyo": ("Tokyo", "Tokyo", "Japan", "JP", "100-0001", 35.6762, 139.6503, 9, None),
    "toronto": ("Toronto", "Ontario", "Canada", "CA", "M5H", 43.6532, -79.3832, -5, "us"),
    "austin": ("Austin", "Texas", "United States", "US", "78701", 30.2672, -97.7431, -6, "us"),
    "sydney": ("Sydney", "New South Wales", "Australia", "AU", "2000", -33.8688, 151.2093, 11, None),
    "boston": ("Boston", "Massachusetts", "United States", "US", "02108", 42.3601, -71.0589, -5, "us"),
    "madrid": ("Madrid", "Madrid", "Spain", "ES", "28013", 40.4168, -3.7038, 1, None),
    "toledo": ("Toledo", "Castilla-La Mancha", "Spain", "ES", "45001", 39.8628, -4.0273, 1, None),
    "berlin": ("Berlin", "Berlin", "Germany", "DE", "10117", 52.5200, 13.4050, 1, None),
    "potsdam": ("Potsdam", "Brandenburg", "Germany", "DE", "14467", 52.3906, 13.0645, 1, None),
    "paris": ("Paris", "Paris", "France", "FR", "75001", 48.8566, 2.3522, 1, None),
    "amsterdam": ("Amsterdam", "North Holland", "Netherlands", "NL", "1012", 52.3676, 4.9041, 1, None),
    "utrecht": ("Utrecht", "Utrecht", "Netherlands", "NL", "3511", 52.0907, 5.1214, 1, None),
    "stockholm": ("Stockholm", "Stockholm", "Sweden", "SE", "111 20", 59.3293, 18.0686, 1, None),
    "warsaw": ("Warsaw", "Mazowieckie", "Poland", "PL", "00-001", 52.2297, 21.0122, 1, None),
    "dublin": ("Dublin", "Dublin", "Ireland", "IE", "D02", 53.3498, -6.2603, 0, None),
    "bengaluru": ("Bengaluru", "Karnataka", "India", "IN", "560001", 12.9716, 77.5946, 5.5, None),
    "milan": ("Milan", "Lombardy", "Italy", "IT", "20121", 45.4642, 9.1900, 1, None),
    "lisbon": ("Lisbon", "Lisbon", "Portugal", "PT", "1100-148", 38.7223, -9.1393, 0, None),
    "munich": ("Munich", "Bavaria", "Germany", "DE", "80331", 48.1351, 11.5820, 1, None),
    "denver": ("Denver", "Colorado", "United States", "US", "80202", 39.7392, -104.9903, -7, "us"),
    "mexico-city": ("Mexico City", "Mexico City", "Mexico", "MX", "06000", 19.4326, -99.1332, -6, None),
    "singapore": ("Singapore", "Singapore", "Singapore", "SG", "018989", 1.3521, 103.8198, 8, None),
    # attacker locations: no legitimate user lives in these countries
    "bucharest": ("Bucharest", "Bucuresti", "Romania", "RO", "030167", 44.4268, 26.1025, 2, None),
    "sofia": ("Sofia", "Sofia-Capital", "Bulgaria", "BG", "1000", 42.6977, 23.3219, 2, None),
    "hong-kong": ("Hong Kong", "Central and Western", "Hong Kong", "HK", "", 22.2796, 114.1588, 8, None),
    "bogota": ("Bogotá", "Bogota D.C.", "Colombia", "CO", "110111", 4.7110, -74.0721, -5, None),
}

# Internet providers (documentation ASNs 64496-64511).
ISPS = {
    "home": (64496, "example isp", "example.net"),
    "fiber": (64497, "example fiber", "example.net"),
    "cable": (64498, "example cable", "example.com"),
    "office": (64499, "example business", "example.com"),
    "mobile": (64501, "example mobile", "example.com"),
    "transit": (64500, "example transit", "example.org"),
    "hosting": (64510, "example hosting", "example.org"),
    "cloud": (64511, "example cloud", "example.net"),
}

# Clients. okta: (os, browser, device); entra: (operatingSystem, browser); raw user agents stay constant for the
# three weeks so a browser update never looks like a new device.
CLIENTS = {
    "mac-chrome": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/134.0.0.0 Safari/537.36",
        ("Mac OS X", "CHROME", "Computer"),
        ("MacOs", "Chrome 134.0.0"),
    ),
    "mac-safari": (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.3 Safari/605.1.15",
        ("Mac OS X", "SAFARI", "Computer"),
        ("MacOs", "Safari 18.3"),
    ),
    "win-chrome": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/134.0.0.0 Safari/537.36",
        ("Windows 10", "CHROME", "Computer"),
        ("Windows 10", "Chrome 134.0.0"),
    ),
    "win-edge": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/134.0.0.0 Safari/537.36 Edg/134.0.0.0",
        ("Windows 10", "EDGE_CHROMIUM", "Computer"),
        ("Windows 10", "Edge 134.0.0"),
    ),
    "win-firefox": (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:136.0) Gecko/20100101 Firefox/136.0",
        ("Windows 10", "FIREFOX", "Computer"),
        ("Windows 10", "Firefox 136.0"),
    ),
    "iphone": (
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/18.3 Mobile/15E148 Safari/604.1",
        ("iOS", "SAFARI", "Mobile"),
        ("Ios", "Mobile Safari 18.3"),
    ),
    "android": (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/134.0.0.0 Mobile Safari/537.36",
        ("Android", "CHROME", "Mobile"),
        ("Android", "Chrome Mobile 134.0.0"),
    ),
    "linux-firefox": (
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        ("Linux", "FIREFOX", "Computer"),
        ("Linux", "Firefox 128.0"),
    ),
    "python-requests": ("python-requests/2.32.3", ("Unknown", "UNKNOWN", "Unknown"), ("", "")),
}

AWS_CLI_UA = (
    "aws-cli/2.24.10 md/awscrt#0.23.8 ua/2.1 os/{os} md/arch#x86_64 lang/python#3.12.9 md/pyimpl#CPython "
    "cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#{command}"
)
BOTO3_UA = "Boto3/1.37.4 md/Botocore#1.37.4 ua/2.0 os/windows#10 md/arch#amd64 lang/python#3.13.2 md/pyimpl#CPython"
CI_UA = "aws-sdk-go-v2/1.36.3 ua/2.1 os/linux lang/go#1.24.1 md/GOOS#linux md/GOARCH#amd64 api/cloudformation#1.57.1"

OKTA_APPS = {
    "dashboard": "Okta Dashboard",
    "salesforce": "Salesforce.com",
    "slack": "Slack",
    "google": "Google Workspace",
    "zoom": "Zoom",
    "atlassian": "Atlassian Cloud",
    "github": "GitHub Enterprise Cloud",
    "workday": "Workday",
    "aws": "AWS Account Federation",
}

# appDisplayName, appId, resourceDisplayName, resourceId, clientAppUsed
ENTRA_APPS = {
    "office": ("OfficeHome", "4765445b-32c6-49b0-83e6-1d93765276ca", "Office 365 Exchange Online",
               "00000002-0000-0ff1-ce00-000000000000", "Browser"),
    "portal": ("Azure Portal", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Windows Azure Service Management API",
               "797f4846-ba00-4fd7-ba43-dac1f8f63013", "Browser"),
    "teams": ("Microsoft Teams", "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams Services",
              "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe", "Browser"),
    "sharepoint": ("SharePoint Online Web Client Extensibility", "08e18876-6177-487e-b8b5-cf950c1e598c",
                   "Office 365 SharePoint Online", "00000003-0000-0ff1-ce00-000000000000", "Browser"),
    "outlook-mobile": ("Outlook Mobile", "27922004-5251-4030-b22d-91ecd9a37ea4", "Office 365 Exchange Online",
                       "00000002-0000-0ff1-ce00-000000000000", "Mobile Apps and Desktop clients"),
    "aad-powershell": ("Azure Active Directory PowerShell", "1b730954-1685-4b74-9bfd-dac224a7b894",
                       "Windows Azure Active Directory", "00000002-0000-0000-c000-000000000000",
                       "Mobile Apps and Desktop clients"),
}


# ---------------------------------------------------------------------------------------------------------------
# Users. cities: 1-2 home places (< 500 km apart); clients: first is the main one (laptop), a phone is optional.
# ---------------------------------------------------------------------------------------------------------------
class User:
    def __init__(self, source, login, name, cities, clients, apps, rate, **extra):
        self.source = source
        self.login = login
        self.name = name
        self.cities = cities
        self.clients = clients
        self.apps = apps
        self.rate = rate  # average sessions per workday
        self.extra = extra

    def get(self, key, default=None):
        return self.extra.get(key, default)


OKTA_USERS = [
    User("okta", "grace.kim@example.com", "Grace Kim", ["seattle", "tacoma"], ["mac-chrome", "iphone"],
         ["slack", "github", "atlassian"], 1.8, aws_role="OktaDeveloper", factor="OKTA_VERIFY_PUSH"),
    User("okta", "daniel.ortiz@example.com", "Daniel Ortiz", ["chicago"], ["win-chrome"],
         ["salesforce", "slack"], 1.4, factor="OKTA_VERIFY_PUSH"),
    User("okta", "hannah.berg@example.com", "Hannah Berg", ["new-york", "newark"], ["mac-safari", "iphone"],
         ["google", "zoom", "atlassian"], 1.7, aws_role="OktaDeveloper", factor="FIDO2_WEBAUTHN"),
    User("okta", "oliver.hughes@example.com", "Oliver Hughes", ["london", "reading"], ["win-chrome", "android"],
         ["salesforce", "google", "zoom"], 1.6, factor="OKTA_VERIFY_PUSH"),
    User("okta", "mei.chen@example.com", "Mei Chen", ["san-francisco", "oakland"], ["mac-chrome"],
         ["github", "slack", "workday"], 2.0, aws_role="OktaAdmin", factor="OKTA_VERIFY_PUSH", okta_admin=True),
    User("okta", "lucas.souza@example.com", "Lucas Souza", ["sao-paulo"], ["win-firefox", "android"],
         ["salesforce", "slack"], 1.5, factor="GOOGLE_OTP"),
    User("okta", "nora.fischer@example.com", "Nora Fischer", ["zurich"], ["mac-chrome"],
         ["workday", "google"], 1.3, factor="OKTA_VERIFY_PUSH"),
    User("okta", "kenji.sato@example.com", "Kenji Sato", ["tokyo"], ["mac-chrome", "iphone"],
         ["slack", "zoom"], 1.5, factor="OKTA_VERIFY_PUSH"),
    User("okta", "claire.tremblay@example.com", "Claire Tremblay", ["toronto"], ["win-chrome"],
         ["salesforce", "workday"], 1.4, factor="GOOGLE_OTP"),
    User("okta", "ethan.brooks@example.com", "Ethan Brooks", ["austin"], ["mac-chrome", "iphone"],
         ["github", "slack"], 1.7, factor="OKTA_VERIFY_PUSH"),
    User("okta", "zoe.walker@example.com", "Zoe Walker", ["sydney"], ["mac-safari"],
         ["google", "zoom"], 1.3, factor="FIDO2_WEBAUTHN"),
    User("okta", "samuel.mensah@example.com", "Samuel Mensah", ["boston"], ["win-firefox"],
         ["salesforce", "zoom", "google"], 1.5, factor="OKTA_VERIFY_PUSH"),
]

ENTRA_USERS = [
    User("entra", "lucia.fernandez@example.org", "Lucía Fernández", ["madrid", "toledo"], ["win-edge", "iphone"],
         ["office", "teams", "sharepoint"], 1.8, managed=True, mobile_app="outlook-mobile"),
    User("entra", "jonas.weber@example.org", "Jonas Weber", ["berlin", "potsdam"], ["win-edge"],
         ["office", "teams"], 1.6, managed=True),
    User("entra", "sophie.martin@example.org", "Sophie Martin", ["paris"], ["mac-safari"],
         ["office", "sharepoint"], 1.4),
    User("entra", "pieter.devries@example.org", "Pieter de Vries", ["amsterdam", "utrecht"], ["win-edge", "android"],
         ["office", "teams"], 1.7, managed=True, mobile_app="outlook-mobile"),
    User("entra", "ingrid.larsson@example.org", "Ingrid Larsson", ["stockholm"], ["mac-chrome"],
         ["office", "portal"], 1.5),
    User("entra", "marek.zielinski@example.org", "Marek Zieliński", ["warsaw"], ["win-chrome"],
         ["office", "teams"], 1.4),
    User("entra", "aoife.byrne@example.org", "Aoife Byrne", ["dublin"], ["win-edge", "iphone"],
         ["office", "sharepoint"], 1.5, managed=True, mobile_app="outlook-mobile"),
    User("entra", "rahul.iyer@example.org", "Rahul Iyer", ["bengaluru"], ["win-edge"],
         ["portal", "office", "teams"], 1.9, managed=True),
    User("entra", "matteo.rossi@example.org", "Matteo Rossi", ["milan"], ["win-chrome"],
         ["office", "teams"], 1.4),
    User("entra", "ana.costa@example.org", "Ana Costa", ["lisbon"], ["mac-chrome", "iphone"],
         ["office", "sharepoint"], 1.5, mobile_app="outlook-mobile"),
    User("entra", "felix.hoffmann@example.org", "Felix Hoffmann", ["munich"], ["win-edge"],
         ["office", "portal"], 1.6, managed=True),
    User("entra", "emma.wilson@example.org", "Emma Wilson", ["london"], ["win-edge"],
         ["portal", "office"], 1.8, managed=True, entra_admin=True),
]

AWS_USERS = [
    User("aws", "sam.patel", "Sam Patel", ["denver"], ["mac-chrome"], [], 1.6, mfa=True, cli=True, os="macos#24.3.0"),
    User("aws", "julia.kowalski", "Julia Kowalski", ["warsaw"], ["win-chrome"], [], 1.5, mfa=True, cli=False),
    User("aws", "diego.ramirez", "Diego Ramírez", ["mexico-city"], ["mac-chrome"], [], 2.0, mfa=False, cli=True,
         os="macos#24.3.0"),
    User("aws", "li.wei", "Li Wei", ["singapore"], ["mac-safari"], [], 1.6, mfa=True, cli=True, os="linux#6.8.0"),
    User("aws", "fatima.hassan", "Fatima Hassan", ["london"], ["win-edge"], [], 1.6, mfa=True, cli=False),
    User("aws", "erik.johansson", "Erik Johansson", ["stockholm"], ["win-firefox"], [], 1.6, mfa=True, cli=True,
         os="linux#6.8.0"),
]

SERVICE_ACCOUNT = "svc-deploy"


# ---------------------------------------------------------------------------------------------------------------
# Helpers: deterministic ids, times, formats.
# ---------------------------------------------------------------------------------------------------------------
class Ids:
    """Every id is a hash of the seed and a label naming the thing, so ids survive regeneration."""

    def __init__(self, seed):
        self.seed = seed
        self.seen = {}

    def digest(self, *parts):
        text = "|".join([str(self.seed)] + [str(p) for p in parts])
        return hashlib.sha256(text.encode("utf-8")).digest()

    def unique(self, kind, value, label):
        key = (kind, value)
        if key in self.seen and self.seen[key] != label:
            raise SystemExit("id collision for %s %s: %s vs %s" % (kind, value, self.seen[key], label))
        self.seen[key] = label
        return value

    def uuid4(self, *parts):
        value = str(uuid.UUID(bytes=self.digest("uuid4", *parts)[:16], version=4))
        return self.unique("uuid", value, parts)

    def uuid1(self, at, *parts):
        """A time-based (version 1) uuid, the kind Okta uses, from the event time plus hashed clock and node."""
        h = self.digest("uuid1", *parts)
        ticks = int((at - datetime(1582, 10, 15, tzinfo=timezone.utc)).total_seconds() * 10_000_000)
        ticks += int.from_bytes(h[:2], "big") % 10_000
        clock = int.from_bytes(h[2:4], "big") & 0x3FFF
        node = int.from_bytes(h[4:10], "big") | 0x010000000000
        value = str(uuid.UUID(fields=(
            ticks & 0xFFFFFFFF, (ticks >> 32) & 0xFFFF, ((ticks >> 48) & 0x0FFF) | 0x1000,
            0x80 | (clock >> 8), clock & 0xFF, node)))
        return self.unique("uuid", value, parts)

    def token(self, prefix, length, *parts):
        """An Okta-style id: prefix plus base62-ish characters."""
        alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        h = self.digest("token", prefix, *parts)
        n = int.from_bytes(h, "big")
        chars = []
        for _ in range(length):
            n, r = divmod(n, 62)
            chars.append(alphabet[r])
        return self.unique("token", prefix + "".join(chars), parts)

    def upper(self, prefix, length, *parts):
        """An AWS-style id (AKIA..., ASIA...): prefix plus upper-case base32 characters."""
        text = base64.b32encode(self.digest("upper", prefix, *parts)).decode("ascii")
        return self.unique("upper", prefix + text[:length], parts)


def iso_okta(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_entra(t, suffix="Z"):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%d" % (t.microsecond, t.microsecond % 7) + suffix


def iso_aws(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def aws_display(t):
    """CloudTrail's human-readable dates in responseElements, e.g. 'Mar 4, 2025, 5:31:02 PM'."""
    hour = t.hour % 12 or 12
    return "%s %d, %d, %d:%02d:%02d %s" % (t.strftime("%b"), t.day, t.year, hour, t.minute, t.second,
                                          "AM" if t.hour < 12 else "PM")


def ascii_fold(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def utc_offset(place_key, at_utc):
    p = PLACES[place_key]
    offset = p[7]
    if p[8] == "us" and at_utc >= US_DST_START:
        offset += 1
    return timedelta(hours=offset)


def local_to_utc(place_key, day, hour_float):
    naive = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(hours=hour_float)
    guess = naive - utc_offset(place_key, naive)
    return naive - utc_offset(place_key, guess)


def distance_km(a, b):
    pa, pb = PLACES[a], PLACES[b]
    lat1, lon1, lat2, lon2 = map(math.radians, (pa[5], pa[6], pb[5], pb[6]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


class IpPool:
    """Hands out addresses of the documentation ranges, never the same one twice."""

    def __init__(self, rng):
        addresses = ["%s.%d" % (net, host) for net in ("192.0.2", "198.51.100", "203.0.113") for host in range(10, 250)]
        rng.shuffle(addresses)
        self.free = addresses
        self.v6 = 0

    def take(self):
        return self.free.pop()

    def take_v6(self):
        self.v6 += 1
        return "2001:db8:%x:%x::%x" % (0x4f00 + self.v6, 0x10 * self.v6, 0x1c + self.v6)


class Network:
    def __init__(self, ip, place, isp):
        self.ip = ip
        self.place = place
        self.isp = isp


# ---------------------------------------------------------------------------------------------------------------
# The day-by-day plan of each user's sessions (times, place, client, apps).
# ---------------------------------------------------------------------------------------------------------------
class Session:
    def __init__(self, user, start, place, client, network, apps, index):
        self.user = user
        self.start = start
        self.place = place
        self.client = client
        self.network = network
        self.apps = apps
        self.index = index
        self.failed_first = False
        self.mfa_timeout_first = False


def workdays():
    return [START + timedelta(days=i) for i in range(DAYS) if (START + timedelta(days=i)).weekday() < 5]


def plan_user(user, rng, networks, blackout):
    """Sessions for one user over the three weeks. The first sessions cover every place, client and app, so
    everything the user normally does is seen while the baseline is still learning (first week)."""
    combos = []
    for client_index, client in enumerate(user.clients):
        for city_index, city in enumerate(user.cities):
            if client_index > 0 and city_index > 0:
                continue  # the phone stays at the main place
            combos.append((city, client))
    apps_to_cover = list(user.apps)
    sessions = []
    index = 0
    for day in workdays():
        if rng.random() < 0.04 and day.day > 6:
            continue  # a day off
        count = 1 + (1 if rng.random() < user.rate - 1 else 0)
        if day < START + timedelta(days=4) and len(combos) + len(apps_to_cover) > 0:
            count = 2
        slots = [rng.uniform(7.8, 9.6)]
        if count > 1:
            slots.append(rng.uniform(13.0, 15.5))
        for slot in slots:
            if combos:
                place, client = combos.pop(0)
            else:
                client = user.clients[0] if len(user.clients) == 1 or rng.random() < 0.75 else user.clients[1]
                place = user.cities[0]
                if client == user.clients[0] and len(user.cities) > 1 and rng.random() < 0.25:
                    place = user.cities[1]
            start = local_to_utc(place, day, slot)
            start = start.replace(second=rng.randrange(60), microsecond=rng.randrange(1000) * 1000 + rng.randrange(999))
            if any(a <= start <= b for a, b in blackout.get(user.login, [])):
                continue
            if CLIENTS[client][1][2] == "Mobile" and user.get("mobile_app"):
                apps = [user.get("mobile_app")]
            elif apps_to_cover:
                apps = [apps_to_cover.pop(0)]
                if apps_to_cover and rng.random() < 0.6:
                    apps.append(apps_to_cover.pop(0))
            else:
                apps = rng.sample(user.apps, min(len(user.apps), 1 + (1 if rng.random() < 0.45 else 0)))
            session = Session(user, start, place, client, networks[(user.login, place, client)], apps, index)
            session.failed_first = rng.random() < 0.05
            session.mfa_timeout_first = (not session.failed_first) and rng.random() < 0.03
            sessions.append(session)
            index += 1
    return sessions


def assign_networks(users, pool):
    networks = {}
    for user in users:
        for client_index, client in enumerate(user.clients):
            for city_index, city in enumerate(user.cities):
                if client_index > 0 and city_index > 0:
                    continue
                if CLIENTS[client][1][2] == "Mobile":
                    ip = pool.take_v6() if user.login.startswith(("kenji", "ana.")) else pool.take()
                    isp = "mobile"
                elif city_index == 0:
                    ip, isp = pool.take(), ("office" if user.source == "entra" and user.get("managed") else "home")
                else:
                    ip, isp = pool.take(), "fiber"
                networks[(user.login, city, client)] = Network(ip, city, isp)
    return networks


# ---------------------------------------------------------------------------------------------------------------
# Okta System Log events (LogEvent objects).
# ---------------------------------------------------------------------------------------------------------------
OKTA_TYPES = {
    # eventType: (displayMessage, legacyEventType on success, legacyEventType on failure)
    "user.session.start": ("User login to Okta", "core.user_auth.login_success", "core.user_auth.login_failed"),
    "user.authentication.auth_via_mfa": ("Authentication of user via MFA", "core.user.factor.attempt_success",
                                         "core.user.factor.attempt_fail"),
    "user.authentication.sso": ("User single sign on to app", "app.auth.sso", "app.auth.sso"),
    "user.session.end": ("User logout from Okta", "core.user_auth.logout_success", None),
    "system.push.send_factor_verify_push": ("A push was sent to the user's device for verification", None, None),
    "user.mfa.okta_verify.deny_push": ("User rejected Okta push verify", None, None),
    "user.mfa.factor.activate": ("Activate factor for user", "core.user.factor.activate", None),
    "group.user_membership.add": ("Add user to group membership", "core.user_group_member.user_add", None),
    "user.account.update_password": ("User update password for Okta", "core.user.config.password_update.success",
                                     None),
}

FACTOR_CONTEXT = {
    "OKTA_VERIFY_PUSH": ("OKTA_CREDENTIAL_PROVIDER", "OTP", "Okta Verify"),
    "GOOGLE_OTP": ("GOOGLE", "OTP", "Google Authenticator"),
    "FIDO2_WEBAUTHN": ("OKTA_CREDENTIAL_PROVIDER", "WEBAUTHN", "Security Key or Biometric"),
}

NEGATIVE_BEHAVIORS = ("{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE, New State=NEGATIVE, "
                      "New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}")
SUSPICIOUS_BEHAVIORS = ("{New Geo-Location=POSITIVE, New Device=POSITIVE, New IP=POSITIVE, New State=POSITIVE, "
                        "New Country=POSITIVE, Velocity=POSITIVE, New City=POSITIVE}")


class Okta:
    def __init__(self, ids):
        self.ids = ids

    def actor(self, user):
        return {
            "id": self.ids.token("00u", 17, "okta-user", user.login),
            "type": "User",
            "alternateId": user.login,
            "displayName": user.name,
            "detailEntry": None,
        }

    @staticmethod
    def geo(place_key):
        p = PLACES[place_key]
        return {
            "city": p[0],
            "state": p[1],
            "country": p[2],
            "postalCode": p[4] or None,
            "geolocation": {"lat": p[5], "lon": p[6]},
        }

    def app_target(self, app_key):
        name = OKTA_APPS[app_key]
        entry = {"signOnModeType": "SAML_2_0"} if app_key not in ("dashboard",) else None
        return {
            "id": self.ids.token("0oa", 17, "okta-app", app_key),
            "type": "AppInstance",
            "alternateId": name,
            "displayName": name,
            "detailEntry": entry,
        }

    def event(self, user, at, event_type, network, client_key, session_id, result="SUCCESS", reason=None,
              target=None, debug=None, auth=None, severity=None, request_id=None):
        message, legacy_ok, legacy_fail = OKTA_TYPES[event_type]
        raw_ua, (os_name, browser, device) = CLIENTS[client_key][0], CLIENTS[client_key][1]
        asn, as_org, domain = ISPS[network.isp]
        geo = self.geo(network.place)
        request_id = request_id or self.ids.token("", 24, "okta-request", user.login, iso_okta(at), event_type)
        authentication = {
            "authenticationProvider": None,
            "credentialProvider": None,
            "credentialType": None,
            "issuer": None,
            "interface": None,
            "authenticationStep": 0,
            "rootSessionId": session_id,
            "externalSessionId": session_id,
        }
        if auth:
            authentication.update(auth)
        return {
            "actor": self.actor(user),
            "client": {
                "userAgent": {"rawUserAgent": raw_ua, "os": os_name, "browser": browser},
                "zone": "null",
                "device": device,
                "id": None,
                "ipAddress": network.ip,
                "geographicalContext": geo,
            },
            "device": None,
            "authenticationContext": authentication,
            "displayMessage": message,
            "eventType": event_type,
            "outcome": {"result": result, "reason": reason},
            "published": iso_okta(at),
            "securityContext": {
                "asNumber": asn,
                "asOrg": as_org,
                "isp": as_org,
                "domain": domain,
                "isProxy": network.isp == "hosting",
            },
            "severity": severity or ("INFO" if result == "SUCCESS" else "WARN"),
            "debugContext": {"debugData": dict({"requestId": request_id}, **(debug or {}))},
            "legacyEventType": legacy_ok if result == "SUCCESS" else legacy_fail,
            "transaction": {"type": "WEB", "id": request_id, "detail": {}},
            "uuid": self.ids.uuid1(at, "okta", user.login, iso_okta(at), event_type),
            "version": "0",
            "request": {
                "ipChain": [{
                    "ip": network.ip,
                    "geographicalContext": geo,
                    "version": "V6" if ":" in network.ip else "V4",
                    "source": None,
                }]
            },
            "target": target,
        }

    def session_events(self, s, rng, attack=None):
        """One sign-in: optional typo, MFA, session start, single sign-on into apps, sometimes a logout."""
        user, network, client = s.user, s.network, s.client
        session_id = self.ids.token("idx", 22, "okta-session", user.login, s.index, attack or "")
        factor = user.get("factor", "OKTA_VERIFY_PUSH")
        provider, credential, enrollment = FACTOR_CONTEXT[factor]
        behaviors = SUSPICIOUS_BEHAVIORS if attack else NEGATIVE_BEHAVIORS
        risk = "{reasons=Anomalous Location, New Device, level=HIGH}" if attack else "{level=LOW}"
        password_target = {
            "id": self.ids.token("lae", 17, "okta-password", user.login),
            "type": "AuthenticatorEnrollment",
            "alternateId": "unknown",
            "displayName": "Password",
            "detailEntry": None,
        }
        events = []
        t = s.start
        if s.failed_first:
            failed_session = self.ids.token("idx", 22, "okta-session-failed", user.login, s.index)
            events.append(self.event(
                user, t - timedelta(seconds=rng.randint(25, 80)), "user.session.start", network, client,
                failed_session, "FAILURE", "INVALID_CREDENTIALS", [password_target],
                {"requestUri": "/idp/idx/challenge/answer", "url": "/idp/idx/challenge/answer?",
                 "threatSuspected": "false", "behaviors": behaviors, "risk": risk}))
        mfa_at = t - timedelta(milliseconds=rng.randint(700, 2500))
        events.append(self.event(
            user, mfa_at, "user.authentication.auth_via_mfa", network, client, session_id,
            target=[{
                "id": self.ids.token("mbl", 17, "okta-factor", user.login, factor),
                "type": "AuthenticatorEnrollment",
                "alternateId": "unknown",
                "displayName": enrollment,
                "detailEntry": None,
            }],
            debug={"requestUri": "/idp/idx/authenticators/poll", "url": "/idp/idx/authenticators/poll?",
                   "factor": factor, "threatSuspected": "false", "behaviors": behaviors, "risk": risk},
            auth={"authenticationProvider": "FACTOR_PROVIDER", "credentialProvider": provider,
                  "credentialType": credential}))
        events.append(self.event(
            user, t, "user.session.start", network, client, session_id,
            target=[password_target, self.app_target("dashboard")],
            debug={"requestUri": "/idp/idx/authenticators/poll", "url": "/idp/idx/authenticators/poll?",
                   "threatSuspected": "true" if attack else "false", "behaviors": behaviors, "risk": risk}))
        sso_at = t
        for app in s.apps:
            sso_at = sso_at + timedelta(seconds=rng.randint(20, 900), milliseconds=rng.randint(0, 999))
            events.append(self.sso(user, sso_at, app, network, client, session_id))
        s.last_activity = sso_at
        if not attack and CLIENTS[client][1][2] == "Mobile" and rng.random() < 0.3:
            end_at = sso_at + timedelta(minutes=rng.randint(5, 40), milliseconds=rng.randint(0, 999))
            events.append(self.event(user, end_at, "user.session.end", network, client, session_id,
                                     debug={"requestUri": "/login/signout", "url": "/login/signout?"}))
        return events

    def sso(self, user, at, app, network, client, session_id):
        app_id = self.ids.token("exk", 17, "okta-app-instance", app)
        return self.event(
            user, at, "user.authentication.sso", network, client, session_id,
            target=[self.app_target(app), {
                "id": self.ids.token("0ua", 17, "okta-app-user", user.login, app),
                "type": "AppUser",
                "alternateId": user.login,
                "displayName": user.name,
                "detailEntry": None,
            }],
            debug={"requestUri": "/app/%s/%s/sso/saml" % (app, app_id),
                   "url": "/app/%s/%s/sso/saml?" % (app, app_id),
                   "initiationType": "IDP_INITIATED", "signOnMode": "SAML 2.0"})

    def delivery(self, day, events):
        events = sorted(events, key=lambda e: e["published"])
        last = max(e["published"] for e in events)
        sent = datetime.strptime(last, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc) + timedelta(
            seconds=2, milliseconds=417)
        return {
            "eventType": "com.okta.event_hook",
            "eventTypeVersion": "1.0",
            "cloudEventsVersion": "0.1",
            "source": "%s/api/v1/eventHooks/%s" % (OKTA_ORG, OKTA_HOOK_ID),
            "eventId": self.ids.uuid4("okta-delivery", day.isoformat()),
            "data": {"events": events},
            "eventTime": iso_okta(sent),
            "contentType": "application/json",
        }


# ---------------------------------------------------------------------------------------------------------------
# Microsoft Entra ID: SignInLogs and AuditLogs records as streamed to Event Hub.
# ---------------------------------------------------------------------------------------------------------------
ENTRA_ERRORS = {
    50126: ("Error validating credentials due to invalid username or password.",
            "The user didn't enter the right credentials.  It's expected to see some number of these errors in "
            "your logs due to users making mistakes."),
    50034: ("The user account does not exist in the directory. To sign into this application, the account must "
            "be added to the directory.",
            "The user account does not exist in the directory."),
    500121: ("Authentication failed during strong authentication request.",
             "The user didn't complete the MFA prompt. They may have decided not to authenticate, timed out while "
             "doing other work, or has an issue with their authentication setup."),
}


class Entra:
    def __init__(self, ids):
        self.ids = ids

    def user_id(self, login):
        return self.ids.uuid4("entra-user", login)

    def device_detail(self, user, client):
        os_name, browser = CLIENTS[client][2]
        if client in ("iphone", "android") and user.get("mobile_app"):
            browser = ""
        detail = {"deviceId": "", "displayName": "", "operatingSystem": os_name, "browser": browser}
        if user.get("managed") and client == user.clients[0]:
            first = user.login.split(".")[0].upper()
            detail.update({
                "deviceId": self.ids.uuid4("entra-device", user.login, client),
                "displayName": ascii_fold(first) + "-LT01",
                "isCompliant": True,
                "isManaged": True,
                "trustType": "Azure AD joined",
            })
        return detail

    def sign_in(self, user, at, network, client, app_key, session_key, error=0, mfa="push", risky=False,
                user_id=None, display_name=None, user_agent=None, device=None, conditional_access=None):
        """mfa: 'push' (MFA done now), 'claim' (satisfied by the session token), None (single factor)."""
        app_name, app_id, resource_name, resource_id, client_app = ENTRA_APPS[app_key]
        if client in ("iphone", "android") and user.get("mobile_app") and app_key == user.get("mobile_app"):
            client_app = "Mobile Apps and Desktop clients"
        p = PLACES[network.place]
        record_id = self.ids.uuid4("entra-signin", user.login, iso_entra(at), app_key, network.ip)
        correlation = self.ids.uuid4("entra-correlation", user.login, iso_entra(at), app_key, network.ip)
        raw_ua = user_agent or CLIENTS[client][0]
        if client_app != "Browser" and client in ("iphone", "android") and not user_agent:
            raw_ua = "Outlook-iOS/2.0" if client == "iphone" else "Outlook-Android/2.0"
        steps = []
        stamp = iso_entra(at, "+00:00")
        if mfa == "claim":
            steps.append(self.step(stamp, "Previously satisfied", True,
                                   "First factor requirement satisfied by claim in the token", 0))
            steps.append(self.step(stamp, "Previously satisfied", True,
                                   "MFA requirement satisfied by claim in the token", 0,
                                   "Multi-factor authentication"))
        else:
            steps.append(self.step(stamp, "Password", error != 50126 and error != 50034,
                                   "Correct password" if error not in (50126, 50034)
                                   else "Invalid username or password or Invalid on-premise username or password.",
                                   0))
            if mfa == "push" and error in (0, 500121):
                steps.append(self.step(iso_entra(at - timedelta(seconds=3, microseconds=311000), "+00:00"),
                                       "Mobile app notification", error == 0,
                                       "MFA successfully completed" if error == 0
                                       else "MFA denied; user did not respond to mobile app notification", 1))
        status = {"errorCode": error}
        if error:
            status["failureReason"] = ENTRA_ERRORS[error][0]
            status["additionalDetails"] = ENTRA_ERRORS[error][1]
        elif mfa == "push":
            status["additionalDetails"] = "MFA completed in Azure AD"
        elif mfa == "claim":
            status["additionalDetails"] = "MFA requirement satisfied by claim in the token"
        requirement = "multiFactorAuthentication" if mfa else "singleFactorAuthentication"
        if conditional_access is None:
            conditional_access = "success" if (mfa and error == 0) else ("failure" if error == 500121 else "notApplied")
        policies = []
        if conditional_access in ("success", "failure"):
            policies.append({
                "id": "0a1b2c3d-1111-4aaa-8bbb-000000000001",
                "displayName": "CA001: Require MFA for all users",
                "enforcedGrantControls": ["Mfa"],
                "enforcedSessionControls": [],
                "result": conditional_access,
                "conditionsSatisfied": 3,
                "conditionsNotSatisfied": 0,
            })
        properties = {
            "id": record_id,
            "createdDateTime": iso_entra(at, "+00:00"),
            "userDisplayName": display_name if display_name is not None else user.name,
            "userPrincipalName": user.login,
            "userId": user_id if user_id is not None else self.user_id(user.login),
            "appId": app_id,
            "appDisplayName": app_name,
            "ipAddress": network.ip,
            "status": status,
            "clientAppUsed": client_app,
            "userAgent": raw_ua,
            "deviceDetail": device if device is not None else self.device_detail(user, client),
            "location": {
                "city": ascii_fold(p[0]),
                "state": ascii_fold(p[1]),
                "countryOrRegion": p[3],
                "geoCoordinates": {"latitude": round(p[5], 5), "longitude": round(p[6], 5)},
            },
            "mfaDetail": {"authMethod": "Mobile app notification", "authDetail": None} if mfa == "push" else {},
            "correlationId": correlation,
            "conditionalAccessStatus": conditional_access,
            "appliedConditionalAccessPolicies": policies,
            "originalRequestId": record_id,
            "isInteractive": True,
            "tokenIssuerName": "",
            "tokenIssuerType": "AzureAD",
            "authenticationProcessingDetails": [
                {"key": "Legacy TLS (TLS 1.0, 1.1, 3DES)", "value": "False"},
                {"key": "Is CAE Token", "value": "False"},
            ],
            "networkLocationDetails": [],
            "processingTimeInMilliseconds": 90 + int.from_bytes(self.ids.digest("ms", record_id)[:1], "big"),
            "riskDetail": "none",
            "riskLevelAggregated": "medium" if risky else "none",
            "riskLevelDuringSignIn": "medium" if risky else "none",
            "riskState": "atRisk" if risky else "none",
            "riskEventTypes": ["unfamiliarFeatures"] if risky else [],
            "riskEventTypes_v2": ["unfamiliarFeatures"] if risky else [],
            "resourceDisplayName": resource_name,
            "resourceId": resource_id,
            "resourceTenantId": ENTRA_TENANT,
            "homeTenantId": ENTRA_TENANT,
            "authenticationDetails": steps,
            "authenticationRequirementPolicies": [],
            "authenticationRequirement": requirement,
            "servicePrincipalId": "",
            "userType": "Member",
            "flaggedForReview": False,
            "isTenantRestricted": False,
            "autonomousSystemNumber": ISPS[network.isp][0],
            "crossTenantAccessType": "none",
            "privateLinkDetails": {},
            "ssoExtensionVersion": "",
            "uniqueTokenIdentifier": base64.urlsafe_b64encode(self.ids.digest("uti", record_id)[:16]).decode()[:22],
            "incomingTokenType": "none",
            "authenticationProtocol": "none",
        }
        if error == 0:
            properties["sessionId"] = self.ids.uuid4("entra-session", user.login, session_key)
        record = {
            "time": iso_entra(at),
            "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % ENTRA_TENANT,
            "operationName": "Sign-in activity",
            "operationVersion": "1.0",
            "category": "SignInLogs",
            "tenantId": ENTRA_TENANT,
            "resultType": str(error),
            "resultSignature": "None",
        }
        if error:
            record["resultDescription"] = ENTRA_ERRORS[error][0]
        record.update({
            "durationMs": 0,
            "callerIpAddress": network.ip,
            "correlationId": correlation,
            "identity": properties["userDisplayName"],
            "Level": 4,
            "location": p[3],
            "properties": properties,
        })
        return record

    @staticmethod
    def step(stamp, method, ok, detail, sequence, requirement="Primary authentication"):
        return {
            "authenticationStepDateTime": stamp,
            "authenticationMethod": method,
            "authenticationMethodDetail": None,
            "succeeded": ok,
            "authenticationStepResultDetail": detail,
            "authenticationStepRequirement": requirement,
            "StatusSequence": sequence,
            "RequestSequence": 0,
        }

    def session_records(self, s, rng):
        user, network, client = s.user, s.network, s.client
        records = []
        t = s.start
        apps = list(s.apps)
        if s.failed_first:
            records.append(self.sign_in(user, t - timedelta(seconds=rng.randint(20, 70)), network, client, apps[0],
                                        s.index, error=50126, mfa=None))
        if s.mfa_timeout_first:
            records.append(self.sign_in(user, t - timedelta(seconds=rng.randint(90, 200)), network, client, apps[0],
                                        s.index, error=500121, mfa="push"))
        records.append(self.sign_in(user, t, network, client, apps[0], s.index, mfa="push"))
        for app in apps[1:]:
            t = t + timedelta(seconds=rng.randint(30, 1500), microseconds=rng.randint(0, 999999))
            records.append(self.sign_in(user, t, network, client, app, s.index, mfa="claim"))
        return records

    def audit(self, at, actor, actor_ip, activity, category, service, operation, targets, result="success",
              reason="", additional=None):
        correlation = self.ids.uuid4("entra-audit-correlation", actor.login, iso_entra(at), activity)
        suffix = self.ids.token("", 5, "entra-audit-suffix", actor.login, iso_entra(at), activity).upper()
        number = 100000000 + int.from_bytes(self.ids.digest("entra-audit-n", correlation)[:3], "big")
        record_id = "Directory_%s_%s_%d" % (correlation, suffix, number)
        self.ids.unique("entra-audit", record_id, (actor.login, iso_entra(at), activity))
        return {
            "time": iso_entra(at),
            "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % ENTRA_TENANT,
            "operationName": activity,
            "operationVersion": "1.0",
            "category": "AuditLogs",
            "tenantId": ENTRA_TENANT,
            "resultSignature": "None",
            "durationMs": 0,
            "callerIpAddress": actor_ip,
            "correlationId": correlation,
            "identity": actor.name,
            "Level": 4,
            "properties": {
                "id": record_id,
                "category": category,
                "correlationId": correlation,
                "result": result,
                "resultReason": reason,
                "activityDisplayName": activity,
                "activityDateTime": iso_entra(at, "+00:00"),
                "loggedByService": service,
                "operationType": operation,
                "userAgent": None,
                "initiatedBy": {
                    "user": {
                        "id": self.user_id(actor.login),
                        "displayName": None,
                        "userPrincipalName": actor.login,
                        "ipAddress": actor_ip,
                        "roles": [],
                    }
                },
                "targetResources": targets,
                "additionalDetails": additional or [],
            },
        }

    def user_target(self, user, modified=None):
        return {
            "id": self.user_id(user.login),
            "displayName": None,
            "type": "User",
            "userPrincipalName": user.login,
            "modifiedProperties": modified or [],
            "administrativeUnits": [],
        }

    def message(self, records):
        return {"records": sorted(records, key=lambda r: r["time"])}


# ---------------------------------------------------------------------------------------------------------------
# AWS CloudTrail records.
# ---------------------------------------------------------------------------------------------------------------
class CloudTrail:
    def __init__(self, ids):
        self.ids = ids

    def iam_identity(self, user, access_key=None, session_created=None, mfa=None):
        identity = {
            "type": "IAMUser",
            "principalId": self.ids.upper("AIDA", 16, "aws-principal", user.login),
            "arn": "arn:aws:iam::%s:user/%s" % (AWS_ACCOUNT, user.login),
            "accountId": AWS_ACCOUNT,
        }
        if access_key:
            identity["accessKeyId"] = access_key
        identity["userName"] = user.login
        if session_created is not None:
            identity["sessionContext"] = {
                "sessionIssuer": {},
                "webIdFederationData": {},
                "attributes": {"creationDate": iso_aws(session_created), "mfaAuthenticated": "true" if mfa else "false"},
            }
        return identity

    def role_identity(self, user, role, session_created):
        role_id = self.ids.upper("AROA", 16, "aws-role", role)
        return {
            "type": "AssumedRole",
            "principalId": "%s:%s" % (role_id, user.login),
            "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (AWS_ACCOUNT, role, user.login),
            "accountId": AWS_ACCOUNT,
            "accessKeyId": self.ids.upper("ASIA", 16, "aws-role-session", user.login, iso_aws(session_created)),
            "sessionContext": {
                "sessionIssuer": {
                    "type": "Role",
                    "principalId": role_id,
                    "arn": "arn:aws:iam::%s:role/%s" % (AWS_ACCOUNT, role),
                    "accountId": AWS_ACCOUNT,
                    "userName": role,
                },
                "webIdFederationData": {},
                "attributes": {"creationDate": iso_aws(session_created), "mfaAuthenticated": "false"},
            },
        }

    def record(self, identity, at, source, name, ip, user_agent, request=None, response=None, additional=None,
               region="us-east-1", read_only=False, event_type="AwsApiCall", error=None, resources=None,
               console=False, label=""):
        record = {
            "eventVersion": "1.08" if name == "AssumeRoleWithSAML" else "1.09",
            "userIdentity": identity,
            "eventTime": iso_aws(at),
            "eventSource": source,
            "eventName": name,
            "awsRegion": region,
            "sourceIPAddress": ip,
            "userAgent": user_agent,
        }
        if error:
            record["errorCode"], record["errorMessage"] = error
        record["requestParameters"] = request
        record["responseElements"] = response
        if additional is not None:
            record["additionalEventData"] = additional
        if event_type == "AwsApiCall":
            record["requestID"] = self.ids.uuid4("aws-request", identity.get("arn", identity.get("userName")),
                                                 iso_aws(at), name, label)
        record["eventID"] = self.ids.uuid4("aws-event", identity.get("arn", identity.get("userName")), iso_aws(at),
                                           name, label)
        record["readOnly"] = read_only
        if resources:
            record["resources"] = resources
        record.update({
            "eventType": event_type,
            "managementEvent": True,
            "recipientAccountId": AWS_ACCOUNT,
            "eventCategory": "Management",
        })
        if not console:
            service = source.split(".")[0]
            if source == "signin.amazonaws.com":
                host = "signin.aws.amazon.com"
            elif service in ("iam", "sts", "s3"):
                host = source
            else:
                host = "%s.%s.amazonaws.com" % (service, region)
            record["tlsDetails"] = {
                "tlsVersion": "TLSv1.3",
                "cipherSuite": "TLS_AES_128_GCM_SHA256",
                "clientProvidedHostHeader": host,
            }
        else:
            record["sessionCredentialFromConsole"] = "true"
        return record

    def console_login(self, user, at, ip, client, success=True, mfa_used=False, saml_role=None):
        if saml_role:
            identity = self.role_identity(user, saml_role, at - timedelta(seconds=1))
            additional = {
                "LoginTo": "https://console.aws.amazon.com/console/home?region=us-east-1",
                "MobileVersion": "No",
                "MFAUsed": "No",
                "SamlProviderArn": "arn:aws:iam::%s:saml-provider/Okta" % AWS_ACCOUNT,
            }
        elif success:
            identity = self.iam_identity(user)
            additional = {
                "LoginTo": "https://console.aws.amazon.com/console/home?hashArgs=%23&isauthcode=true&state=hashArgs"
                           "FromTB_us-east-1_" + self.ids.digest("state", user.login, iso_aws(at)).hex()[:16],
                "MobileVersion": "No",
            }
            if mfa_used:
                additional["MFAIdentifier"] = "arn:aws:iam::%s:mfa/%s" % (AWS_ACCOUNT, user.login.split(".")[0])
            additional["MFAUsed"] = "Yes" if mfa_used else "No"
        else:
            identity = {
                "type": "IAMUser",
                "principalId": self.ids.upper("AIDA", 16, "aws-principal", user.login),
                "accountId": AWS_ACCOUNT,
                "accessKeyId": "",
                "userName": user.login,
            }
            additional = {
                "LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true",
                "MobileVersion": "No",
                "MFAUsed": "No",
            }
        if not success:
            return self.failed_login(identity, at, ip, client, additional)
        return self.record(identity, at, "signin.amazonaws.com", "ConsoleLogin", ip, CLIENTS[client][0],
                           response={"ConsoleLogin": "Success"}, additional=additional,
                           event_type="AwsConsoleSignIn", label="login")

    def failed_login(self, identity, at, ip, client, additional):
        record = self.record(identity, at, "signin.amazonaws.com", "ConsoleLogin", ip, CLIENTS[client][0],
                             response={"ConsoleLogin": "Failure"}, additional=additional,
                             event_type="AwsConsoleSignIn", label="failed-login")
        # CloudTrail puts errorMessage (no errorCode) on failed console sign-ins, after userAgent
        ordered = {}
        for key, value in record.items():
            ordered[key] = value
            if key == "userAgent":
                ordered["errorMessage"] = "Failed authentication"
        return ordered

    def assume_role_with_saml(self, user, at, ip, client, role):
        role_arn = "arn:aws:iam::%s:role/%s" % (AWS_ACCOUNT, role)
        provider_arn = "arn:aws:iam::%s:saml-provider/Okta" % AWS_ACCOUNT
        qualifier = base64.b64encode(self.ids.digest("saml-qualifier")[:20]).decode()
        expiration = at + timedelta(hours=1)
        return self.record(
            {
                "type": "SAMLUser",
                "principalId": "%s:%s" % (qualifier, user.login),
                "userName": user.login,
                "identityProvider": qualifier,
            },
            at, "sts.amazonaws.com", "AssumeRoleWithSAML", ip, CLIENTS[client][0],
            request={
                "sAMLAssertionID": "id" + self.ids.digest("saml-assertion", user.login, iso_aws(at)).hex()[:30],
                "roleSessionName": user.login,
                "durationSeconds": 3600,
                "roleArn": role_arn,
                "principalArn": provider_arn,
            },
            response={
                "credentials": {
                    "accessKeyId": self.ids.upper("ASIA", 16, "aws-role-session", user.login, iso_aws(at)),
                    "sessionToken": base64.b64encode(self.ids.digest("saml-token", user.login, iso_aws(at))).decode(),
                    "expiration": aws_display(expiration),
                },
                "assumedRoleUser": {
                    "assumedRoleId": "%s:%s" % (self.ids.upper("AROA", 16, "aws-role", role), user.login),
                    "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (AWS_ACCOUNT, role, user.login),
                },
                "subject": user.login,
                "subjectType": "unspecified",
                "issuer": "http://www.okta.com/" + self.ids.token("exk", 17, "okta-app-instance", "aws"),
                "audience": "https://signin.aws.amazon.com/saml",
                "nameQualifier": qualifier,
            },
            read_only=True,
            resources=[
                {"accountId": AWS_ACCOUNT, "type": "AWS::IAM::Role", "ARN": role_arn},
                {"accountId": AWS_ACCOUNT, "type": "AWS::IAM::SAMLProvider", "ARN": provider_arn},
            ],
            label="saml")

    def get_session_token(self, user, at, ip, long_key):
        return self.record(
            self.iam_identity(user, access_key=long_key), at, "sts.amazonaws.com", "GetSessionToken", ip,
            AWS_CLI_UA.format(os=user.get("os", "linux#6.8.0"), command="sts.get-session-token"),
            request={"durationSeconds": 43200,
                     "serialNumber": "arn:aws:iam::%s:mfa/%s" % (AWS_ACCOUNT, user.login.split(".")[0])},
            response={"credentials": {
                "accessKeyId": self.ids.upper("ASIA", 16, "aws-cli-session", user.login, iso_aws(at)),
                "sessionToken": base64.b64encode(self.ids.digest("cli-token", user.login, iso_aws(at))).decode(),
                "expiration": aws_display(at + timedelta(hours=12)),
            }},
            read_only=True, label="token")


# Ordinary management calls: (eventSource, eventName, region, readOnly, requestParameters, console?)
CONSOLE_CALLS = [
    ("ec2.amazonaws.com", "DescribeInstances", "eu-west-1", True,
     {"instancesSet": {}, "filterSet": {}, "maxResults": 1000}),
    ("s3.amazonaws.com", "ListBuckets", "us-east-1", True, {"Host": "s3.amazonaws.com"}),
    ("rds.amazonaws.com", "DescribeDBInstances", "eu-west-1", True, {"maxRecords": 100}),
    ("lambda.amazonaws.com", "ListFunctions20150331", "eu-west-1", True, None),
    ("cloudwatch.amazonaws.com", "DescribeAlarms", "eu-west-1", True, {"maxRecords": 100}),
    ("cloudformation.amazonaws.com", "DescribeStacks", "eu-west-1", True, None),
]
CLI_CALLS = [
    ("ec2.amazonaws.com", "DescribeInstances", "eu-west-1", True, {"instancesSet": {}, "filterSet": {}},
     "ec2.describe-instances"),
    ("lambda.amazonaws.com", "UpdateFunctionCode20150331v2", "eu-west-1", False,
     {"functionName": "orders-api", "publish": True, "dryRun": False}, "lambda.update-function-code"),
    ("cloudformation.amazonaws.com", "DescribeStackEvents", "eu-west-1", True, {"stackName": "orders-prod"},
     "cloudformation.describe-stack-events"),
    ("logs.amazonaws.com", "FilterLogEvents", "eu-west-1", True,
     {"logGroupName": "/aws/lambda/orders-api", "limit": 100}, "logs.filter-log-events"),
]


# ---------------------------------------------------------------------------------------------------------------
# The dataset.
# ---------------------------------------------------------------------------------------------------------------
def at(day, hh, mm, ss, ms=0):
    return datetime(day.year, day.month, day.day, hh, mm, ss, ms * 1000, tzinfo=timezone.utc)


def user_by_login(login):
    for user in OKTA_USERS + ENTRA_USERS + AWS_USERS:
        if user.login == login:
            return user
    raise KeyError(login)


def build(seed):
    ids = Ids(seed)
    okta, entra, trail = Okta(ids), Entra(ids), CloudTrail(ids)
    pool = IpPool(random.Random("%s:ip" % seed))
    networks = assign_networks(OKTA_USERS + ENTRA_USERS + AWS_USERS, pool)
    for user in OKTA_USERS + ENTRA_USERS + AWS_USERS:
        for a in user.cities:
            for b in user.cities:
                assert distance_km(a, b) < 450, (user.login, a, b)

    attacker = {
        "okta-travel": Network(pool.take(), "bucharest", "hosting"),
        "okta-fatigue": Network(pool.take(), "sofia", "hosting"),
        "entra-spray": Network(pool.take(), "hong-kong", "cloud"),
        "entra-takeover": Network(pool.take(), "bogota", "transit"),
        "aws-console": Network(pool.take(), "mexico-city", "transit"),
    }
    ci_ip = pool.take()

    # Attack days: nobody's normal schedule may collide with the attack windows of its victim.
    thu, fri, sat, sun = (START + timedelta(days=17), START + timedelta(days=18), START + timedelta(days=19),
                          START + timedelta(days=20))
    blackout = {
        "daniel.ortiz@example.com": [(at(thu, 0, 0, 0), at(thu, 23, 59, 59))],
        "oliver.hughes@example.com": [(at(fri, 12, 0, 0), at(fri, 23, 59, 59))],
        "diego.ramirez": [(at(thu, 0, 0, 0), at(thu, 23, 59, 59))],
    }

    files = {}  # (source, day, kind) -> list of records

    def add(source, kind, record, when):
        files.setdefault((source, when.date(), kind), []).append(record)

    attacks = []
    stats = {"sessions": {}}

    # ---- Okta ----------------------------------------------------------------------------------------------------
    okta_sessions = {}
    for user in OKTA_USERS:
        rng = random.Random("%s:okta:%s" % (seed, user.login))
        sessions = plan_user(user, rng, networks, blackout)
        okta_sessions[user.login] = sessions
        stats["sessions"][user.login] = len(sessions)
        aws_rng = random.Random("%s:aws-federation:%s" % (seed, user.login))
        federations = 0
        for s in sessions:
            if user.get("aws_role") and CLIENTS[s.client][1][2] == "Computer":
                if federations < 2 or aws_rng.random() < 0.45:
                    s.apps = s.apps + ["aws"]
                    federations += 1
            for event in okta.session_events(s, rng):
                add("okta", "event-hook", event, datetime.strptime(event["published"], "%Y-%m-%dT%H:%M:%S.%fZ"))
                if event["eventType"] == "user.authentication.sso" and event["target"][0]["displayName"] == \
                        OKTA_APPS["aws"]:
                    sso_at = datetime.strptime(event["published"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(
                        tzinfo=timezone.utc)
                    aws_events(trail, user, s, sso_at, aws_rng, add)

    # daniel.ortiz: normal morning sign-in in Chicago, then the same account from Bucharest 49 minutes later
    daniel = user_by_login("daniel.ortiz@example.com")
    rng = random.Random("%s:attack:okta-travel" % seed)
    home = networks[(daniel.login, "chicago", "win-chrome")]
    morning = Session(daniel, at(thu, 13, 52, 7, 318), "chicago", "win-chrome", home, ["salesforce", "slack"], 900)
    morning_events = okta.session_events(morning, rng)
    evil = Session(daniel, at(thu, 14, 41, 3, 904), "bucharest", "win-chrome", attacker["okta-travel"],
                   ["salesforce", "google"], 901)
    evil_events = okta.session_events(evil, rng, attack="okta-travel")
    for event in morning_events + evil_events:
        add("okta", "event-hook", event, datetime.strptime(event["published"], "%Y-%m-%dT%H:%M:%S.%fZ"))
    last_home = morning.last_activity
    attacks.append({
        "id": "okta-travel",
        "source": "okta",
        "user": daniel.login,
        "time": evil.start,
        "ip": evil.network.ip,
        "where": "Bucharest, Romania",
        "file": "okta/%s-event-hook.json" % thu.isoformat(),
        "story": "Daniel signs in from Chicago at %s UTC (08:52 local) and last uses Okta at %s UTC. At %s UTC "
                 "the same account signs in from Bucharest, Romania (%s) - %d minutes after his sign-in and %d "
                 "minutes after his last activity, %s km away - and opens Salesforce and Google Workspace. Okta "
                 "itself rated it risk HIGH."
                 % (morning.start.strftime("%H:%M"), last_home.strftime("%H:%M"), evil.start.strftime("%H:%M"),
                    evil.network.ip, (evil.start - morning.start).seconds // 60,
                    (evil.start - last_home).seconds // 60, format(int(distance_km("chicago", "bucharest")), ",")),
        "expect": "On the user.session.start at %s: NEW_COUNTRY (RO; known: US), IMPOSSIBLE_TRAVEL (Chicago -> "
                  "Bucharest, ~%s km/h), NEW_ASN and ANONYMIZING_NETWORK (a hosting provider that Okta flags with "
                  "securityContext.isProxy) - HIGH. The intruder's two single sign-ons add LOW findings "
                  "(ANONYMIZING_NETWORK; NEW_APPLICATION for Google Workspace, which Daniel never used). No "
                  "NEW_DEVICE: the intruder's browser and OS match Daniel's laptop."
                  % (iso_okta(evil.start),
                     format(int(distance_km("chicago", "bucharest") / ((evil.start - last_home).seconds / 3600.0)),
                            ",")),
        "correlation": "Nothing to correlate: Okta logs no control-plane action here.",
    })

    # oliver.hughes: push bombing from Sofia late on Friday evening, accepted at the 8th prompt
    oliver = user_by_login("oliver.hughes@example.com")
    rng = random.Random("%s:attack:okta-fatigue" % seed)
    net = attacker["okta-fatigue"]
    client = "mac-chrome"
    session_id = ids.token("idx", 22, "okta-session", oliver.login, "fatigue")
    t = at(fri, 22, 31, 12, 250)
    first_push = t
    denials = 7
    for n in range(denials):
        add("okta", "event-hook", okta.event(
            oliver, t, "system.push.send_factor_verify_push", net, client, session_id,
            debug={"requestUri": "/idp/idx/challenge", "url": "/idp/idx/challenge?", "factor": "OKTA_VERIFY_PUSH"}),
            t)
        deny_at = t + timedelta(seconds=rng.randint(6, 25), milliseconds=rng.randint(0, 999))
        add("okta", "event-hook", okta.event(
            oliver, deny_at, "user.mfa.okta_verify.deny_push", net, client, session_id, result="FAILURE",
            target=[{"id": ids.token("pfd", 17, "okta-push-factor", oliver.login), "type": "AuthenticatorEnrollment",
                     "alternateId": "unknown", "displayName": "Okta Verify", "detailEntry": None}],
            debug={"requestUri": "/idp/authenticators/okta-verify/poll", "url": "/idp/authenticators/okta-verify/poll?",
                   "factor": "OKTA_VERIFY_PUSH", "threatSuspected": "false"}), deny_at)
        t = deny_at + timedelta(seconds=rng.randint(55, 110), milliseconds=rng.randint(0, 999))
    add("okta", "event-hook", okta.event(
        oliver, t, "system.push.send_factor_verify_push", net, client, session_id,
        debug={"requestUri": "/idp/idx/challenge", "url": "/idp/idx/challenge?", "factor": "OKTA_VERIFY_PUSH"}), t)
    accepted = Session(oliver, t + timedelta(seconds=19, milliseconds=512), "sofia", client, net, ["google", "salesforce"],
                       902)
    for event in okta.session_events(accepted, rng, attack="okta-fatigue"):
        add("okta", "event-hook", event, datetime.strptime(event["published"], "%Y-%m-%dT%H:%M:%S.%fZ"))
    enrolled_at = accepted.last_activity + timedelta(minutes=4, seconds=12, milliseconds=77)
    add("okta", "event-hook", okta.event(
        oliver, enrolled_at, "user.mfa.factor.activate", net, client, session_id,
        reason="User set up OKTA_VERIFY_PUSH factor",
        target=[okta.actor(oliver), {"id": ids.token("opf", 17, "okta-new-factor", oliver.login),
                                     "type": "AuthenticatorEnrollment", "alternateId": "unknown",
                                     "displayName": "Okta Verify", "detailEntry": {"methodTypeUsed": "push"}}],
        debug={"requestUri": "/idp/myaccount/authenticators", "url": "/idp/myaccount/authenticators?"}),
        enrolled_at)
    last_normal = max(s.start for s in okta_sessions[oliver.login] if s.start < first_push)
    attacks.append({
        "id": "okta-fatigue",
        "source": "okta",
        "user": oliver.login,
        "time": accepted.start,
        "ip": net.ip,
        "where": "Sofia, Bulgaria",
        "file": "okta/%s-event-hook.json" % fri.isoformat(),
        "story": "From %s UTC someone with Oliver's password triggers Okta Verify pushes from Sofia, Bulgaria (%s): "
                 "%d pushes denied (user.mfa.okta_verify.deny_push) in %d minutes, then the 8th is approved: "
                 "user.authentication.auth_via_mfa SUCCESS and user.session.start at %s UTC, single sign-on into "
                 "Google Workspace and Salesforce, and at %s UTC a new Okta Verify factor is enrolled "
                 "(user.mfa.factor.activate) - persistence. His previous sign-in was from the UK at %s UTC."
                 % (first_push.strftime("%H:%M"), net.ip, denials, (t - first_push).seconds // 60,
                    accepted.start.strftime("%H:%M"), enrolled_at.strftime("%H:%M"),
                    last_normal.strftime("%H:%M")),
        "expect": "MFA_FATIGUE on the approved user.authentication.auth_via_mfa (%d denials within 30 minutes, "
                  "then an approval) - HIGH; on the user.session.start at %s NEW_COUNTRY (BG; known: GB), "
                  "NEW_DEVICE (Chrome on macOS; he uses Chrome on Windows and an Android phone), NEW_ASN, "
                  "ANONYMIZING_NETWORK and UNUSUAL_HOUR (%s in London) - HIGH; the two single sign-ons add LOW "
                  "ANONYMIZING_NETWORK findings."
                  % (denials, iso_okta(accepted.start), accepted.start.strftime("%H:%M")),
        "correlation": "The factor enrolment right after the login (user.mfa.factor.activate) is the persistence "
                       "step that SENSITIVE_ACTION_AFTER_LOGIN should link to the finding.",
    })

    # ---- Entra ---------------------------------------------------------------------------------------------------
    entra_sessions = {}
    for user in ENTRA_USERS:
        rng = random.Random("%s:entra:%s" % (seed, user.login))
        sessions = plan_user(user, rng, networks, {})
        entra_sessions[user.login] = sessions
        stats["sessions"][user.login] = len(sessions)
        for s in sessions:
            for record in entra.session_records(s, rng):
                add("entra", "signinlogs", record, datetime.strptime(record["time"][:19], "%Y-%m-%dT%H:%M:%S"))

    # ordinary directory administration by emma.wilson
    emma = user_by_login("emma.wilson@example.org")
    admin_rng = random.Random("%s:entra-admin" % seed)
    emma_sessions = [s for s in entra_sessions[emma.login] if s.start.date() < START + timedelta(days=15)]
    for n, s in enumerate(emma_sessions[1::3][:5]):
        when = s.start + timedelta(minutes=admin_rng.randint(3, 40), microseconds=admin_rng.randint(0, 999999))
        target = ENTRA_USERS[(n * 5 + 1) % len(ENTRA_USERS)]
        if n % 2 == 0:
            record = entra.audit(when, emma, s.network.ip, "Add member to group", "GroupManagement", "Core Directory",
                                 "Assign", [entra.user_target(target), {
                                     "id": ids.uuid4("entra-group", "Project Atlas"),
                                     "displayName": "Project Atlas",
                                     "type": "Group",
                                     "modifiedProperties": [],
                                     "administrativeUnits": [],
                                 }])
        else:
            record = entra.audit(when, emma, s.network.ip, "Update user", "UserManagement", "Core Directory",
                                 "Update", [entra.user_target(target, [{
                                     "displayName": "JobTitle",
                                     "oldValue": "[\"Analyst\"]",
                                     "newValue": "[\"Senior Analyst\"]",
                                 }])])
        add("entra", "auditlogs", record, when.replace(tzinfo=None))

    # password spray from Hong Kong early on Saturday, then one success
    rng = random.Random("%s:attack:entra-spray" % seed)
    spray = attacker["entra-spray"]
    matteo = user_by_login("matteo.rossi@example.org")
    targets = [u for u in ENTRA_USERS if u is not matteo]
    ghosts = [User("entra", "admin@example.org", "", [], [], [], 0), User("entra", "test@example.org", "", [], [], [], 0)]
    order = targets + ghosts
    rng.shuffle(order)
    t = at(sat, 2, 10, 41, 118)
    spray_start = t
    failing = 0
    py = "python-requests"
    for victim in order:
        ghost = victim in ghosts
        record = entra.sign_in(
            victim, t, spray, py, "aad-powershell", "spray", error=50034 if ghost else 50126, mfa=None,
            user_id="00000000-0000-0000-0000-000000000000" if ghost else None, display_name="" if ghost else None,
            device={"deviceId": "", "displayName": "", "operatingSystem": "", "browser": ""},
            conditional_access="notApplied")
        add("entra", "signinlogs", record, t.replace(tzinfo=None))
        failing += 1
        t = t + timedelta(seconds=rng.randint(40, 130), microseconds=rng.randint(0, 999999))
    spray_success = t
    add("entra", "signinlogs", entra.sign_in(
        matteo, t, spray, py, "aad-powershell", "spray", error=0, mfa=None, risky=True,
        device={"deviceId": "", "displayName": "", "operatingSystem": "", "browser": ""},
        conditional_access="notApplied"), t.replace(tzinfo=None))
    consent_at = t + timedelta(minutes=6, seconds=11, microseconds=402113)
    add("entra", "auditlogs", entra.audit(
        consent_at, matteo, spray.ip, "Consent to application", "ApplicationManagement", "Core Directory", "Assign",
        [{
            "id": ids.uuid4("entra-sp", "Mail Sync Pro"),
            "displayName": "Mail Sync Pro",
            "type": "ServicePrincipal",
            "modifiedProperties": [
                {"displayName": "ConsentContext.IsAdminConsent", "oldValue": None, "newValue": "\"False\""},
                {"displayName": "ConsentAction.Permissions", "oldValue": None,
                 "newValue": "\"[] => [[Id: sample, ClientId: sample, PrincipalId: %s, ResourceId: sample, "
                             "ConsentType: Principal, Scope:  Mail.Read Mail.Send offline_access User.Read]]; \""
                             % entra.user_id(matteo.login)},
            ],
            "administrativeUnits": [],
        }]), consent_at.replace(tzinfo=None))
    matteo_last = max(s.start for s in entra_sessions[matteo.login] if s.start < spray_start)
    attacks.append({
        "id": "entra-spray",
        "source": "entra",
        "user": matteo.login,
        "time": spray_success,
        "ip": spray.ip,
        "where": "Hong Kong",
        "file": "entra/%s-signinlogs.json" % sat.isoformat(),
        "story": "From %s UTC one address in Hong Kong (%s, user agent python-requests, app 'Azure Active "
                 "Directory PowerShell') tries one password against %d accounts: %d real users fail with 50126 "
                 "(bad password) and 2 unknown names with 50034. At %s UTC the same address signs in as Matteo "
                 "(errorCode 0, single factor: Conditional Access did not apply to the app) and at %s UTC "
                 "consents to an application 'Mail Sync Pro' with Mail.Read/Mail.Send (AuditLogs, illicit consent "
                 "grant). Matteo's previous sign-in was from Milan at %s UTC the day before."
                 % (spray_start.strftime("%H:%M"), spray.ip, failing, len(targets), spray_success.strftime("%H:%M"),
                    consent_at.strftime("%H:%M"), matteo_last.strftime("%Y-%m-%d %H:%M")),
        "expect": "On Matteo's successful sign-in at %s: PASSWORD_SPRAY (the address failed for %d users within "
                  "the hour before), NEW_COUNTRY (HK; known: IT), NEW_DEVICE, NEW_ASN, NEW_APPLICATION, "
                  "NEW_ACCESS_PATH, NO_MFA (Matteo always did MFA) and UNUSUAL_HOUR - CRITICAL. The failures raise "
                  "no finding of their own." % (iso_entra(spray_success), len(targets)),
        "correlation": "The consent grant six minutes later is the sensitive action to link to the finding.",
    })

    # account takeover: lucia.fernandez from Bogota on Sunday night, new device, no MFA
    lucia = user_by_login("lucia.fernandez@example.org")
    rng = random.Random("%s:attack:entra-takeover" % seed)
    net = attacker["entra-takeover"]
    t = at(sun, 3, 12, 44, 506)
    takeover = t
    add("entra", "signinlogs", entra.sign_in(
        lucia, t, net, "linux-firefox", "office", "takeover", error=0, mfa=None, risky=True,
        conditional_access="notApplied"), t.replace(tzinfo=None))
    t2 = t + timedelta(minutes=2, seconds=37, microseconds=118000)
    add("entra", "signinlogs", entra.sign_in(
        lucia, t2, net, "linux-firefox", "sharepoint", "takeover", error=0, mfa=None, risky=True,
        conditional_access="notApplied"), t2.replace(tzinfo=None))
    registered = t + timedelta(minutes=7, seconds=3, microseconds=885001)
    add("entra", "auditlogs", entra.audit(
        registered, lucia, net.ip, "User registered security info", "UserManagement", "Authentication Methods",
        "Add", [entra.user_target(lucia)], reason="User registered Authenticator App with Notification and Code"),
        registered.replace(tzinfo=None))
    lucia_last = max(s.start for s in entra_sessions[lucia.login] if s.start < takeover)
    attacks.append({
        "id": "entra-takeover",
        "source": "entra",
        "user": lucia.login,
        "time": takeover,
        "ip": net.ip,
        "where": "Bogota, Colombia",
        "file": "entra/%s-signinlogs.json" % sun.isoformat(),
        "story": "At %s UTC (Sunday, 04:12 in Madrid) Lucía's account signs in to OfficeHome and then SharePoint "
                 "from Bogota, Colombia (%s) with Firefox on Linux - an unmanaged device with no deviceId, while "
                 "she always uses her managed, compliant laptop (LUCIA-LT01) or her iPhone - with a password only "
                 "(singleFactorAuthentication; she otherwise always completes MFA). At %s UTC the intruder "
                 "registers their own authenticator app (AuditLogs 'User registered security info'). Her previous "
                 "sign-in was from Spain at %s UTC."
                 % (takeover.strftime("%Y-%m-%d %H:%M"), net.ip, registered.strftime("%H:%M"),
                    lucia_last.strftime("%Y-%m-%d %H:%M")),
        "expect": "On the OfficeHome sign-in at %s: NEW_COUNTRY (CO; known: ES), NEW_DEVICE, NEW_ASN, NO_MFA (she "
                  "always does MFA) and UNUSUAL_HOUR - HIGH; the SharePoint sign-in after it adds a LOW NO_MFA "
                  "finding." % iso_entra(takeover),
        "correlation": "The security-info registration is the sensitive action to link to the finding.",
    })

    # ---- AWS CloudTrail ------------------------------------------------------------------------------------------
    aws_sessions = {}
    long_keys = {}
    for user in AWS_USERS:
        rng = random.Random("%s:aws:%s" % (seed, user.login))
        long_keys[user.login] = ids.upper("AKIA", 16, "aws-long-key", user.login)
        sessions = plan_user(user, rng, networks, blackout)
        aws_sessions[user.login] = sessions
        stats["sessions"][user.login] = len(sessions)
        for n, s in enumerate(sessions):
            cli_session = user.get("cli") and n % 3 == 1
            if cli_session:
                aws_cli_session(trail, user, s, rng, add, long_keys[user.login])
                continue
            if s.failed_first:
                fail_at = s.start - timedelta(seconds=rng.randint(20, 60))
                add("aws-cloudtrail", "cloudtrail", trail.console_login(user, fail_at, s.network.ip, s.client,
                                                                        success=False), fail_at)
            add("aws-cloudtrail", "cloudtrail", trail.console_login(user, s.start, s.network.ip, s.client,
                                                                    mfa_used=user.get("mfa")), s.start)
            created = s.start
            console_key = ids.upper("ASIA", 16, "aws-console-session", user.login, iso_aws(created))
            t = s.start
            for call in rng.sample(CONSOLE_CALLS, rng.randint(1, 3)):
                t = t + timedelta(seconds=rng.randint(15, 600))
                source, name, region, read_only, request = call
                add("aws-cloudtrail", "cloudtrail", trail.record(
                    trail.iam_identity(user, console_key, created, user.get("mfa")), t, source, name, s.network.ip,
                    "AWS Internal", request=request, region=region, read_only=read_only, console=True,
                    label="console-%d" % n), t)

    # ordinary CI deployments by the service account
    ci_rng = random.Random("%s:aws-ci" % seed)
    ci = User("aws", SERVICE_ACCOUNT, SERVICE_ACCOUNT, [], [], [], 0)
    ci_key = ids.upper("AKIA", 16, "aws-long-key", SERVICE_ACCOUNT)
    for day in workdays():
        for run in range(ci_rng.randint(0, 2)):
            t = at(day, ci_rng.randint(8, 16), ci_rng.randint(0, 59), ci_rng.randint(0, 59))
            for name, read_only, request in (
                    ("DescribeStacks", True, {"stackName": "orders-prod"}),
                    ("UpdateStack", False, {"stackName": "orders-prod", "templateURL": "https://example-artifacts"
                                            ".s3.amazonaws.com/orders/template.yaml",
                                            "capabilities": ["CAPABILITY_IAM"]}),
                    ("DescribeStacks", True, {"stackName": "orders-prod"})):
                t = t + timedelta(seconds=ci_rng.randint(2, 90))
                add("aws-cloudtrail", "cloudtrail", trail.record(
                    trail.iam_identity(ci, ci_key), t, "cloudformation.amazonaws.com", name, ci_ip, CI_UA,
                    request=request, region="eu-west-1", read_only=read_only, label="ci-%d" % run), t)

    # diego.ramirez: console login from a new address, then a new access key and AdministratorAccess
    diego = user_by_login("diego.ramirez")
    rng = random.Random("%s:attack:aws" % seed)
    net = attacker["aws-console"]
    login_at = at(thu, 9, 18, 44)
    add("aws-cloudtrail", "cloudtrail", trail.console_login(diego, login_at, net.ip, "win-firefox"), login_at)
    console_key = ids.upper("ASIA", 16, "aws-console-session", diego.login, iso_aws(login_at))
    identity = trail.iam_identity(diego, console_key, login_at, False)
    t = login_at + timedelta(minutes=1, seconds=52)
    add("aws-cloudtrail", "cloudtrail", trail.record(
        identity, t, "iam.amazonaws.com", "ListUsers", net.ip, "AWS Internal", request={"maxItems": 100},
        read_only=True, console=True, label="attack-list-users"), t)
    new_key = ids.upper("AKIA", 16, "aws-attacker-key", diego.login)
    key_at = login_at + timedelta(minutes=3, seconds=26)
    add("aws-cloudtrail", "cloudtrail", trail.record(
        identity, key_at, "iam.amazonaws.com", "CreateAccessKey", net.ip, "AWS Internal",
        request={"userName": diego.login},
        response={"accessKey": {"userName": diego.login, "accessKeyId": new_key, "status": "Active",
                                "createDate": aws_display(key_at)}},
        console=True, label="attack-create-key"), key_at)
    policy_at = login_at + timedelta(minutes=5, seconds=47)
    add("aws-cloudtrail", "cloudtrail", trail.record(
        identity, policy_at, "iam.amazonaws.com", "AttachUserPolicy", net.ip, "AWS Internal",
        request={"userName": diego.login, "policyArn": "arn:aws:iam::aws:policy/AdministratorAccess"},
        console=True, label="attack-attach-policy"), policy_at)
    for offset, (source, name, region, request) in enumerate((
            ("sts.amazonaws.com", "GetCallerIdentity", "us-east-1", None),
            ("s3.amazonaws.com", "ListBuckets", "us-east-1", {"Host": "s3.amazonaws.com"}),
            ("secretsmanager.amazonaws.com", "ListSecrets", "eu-west-1", {"maxResults": 100}))):
        t = login_at + timedelta(minutes=12 + offset, seconds=9 * offset + 4)
        add("aws-cloudtrail", "cloudtrail", trail.record(
            trail.iam_identity(diego, new_key), t, source, name, net.ip, BOTO3_UA, request=request, region=region,
            read_only=True, label="attack-cli-%d" % offset), t)
    diego_last = max(s.start for s in aws_sessions[diego.login] if s.start < login_at)
    attacks.append({
        "id": "aws-console",
        "source": "aws-cloudtrail",
        "user": diego.login,
        "time": login_at,
        "ip": net.ip,
        "where": "a new address (no geo in CloudTrail)",
        "file": "aws-cloudtrail/%s-cloudtrail.json" % thu.isoformat(),
        "story": "At %s UTC (03:18 in Mexico City) the IAM user diego.ramirez, who has no MFA device, signs in to "
                 "the console from %s - an address he never used (he always comes from %s) - with Firefox on "
                 "Windows instead of his Chrome on macOS. Within minutes the session calls ListUsers, "
                 "CreateAccessKey for diego.ramirez (%s UTC, new key %s) and AttachUserPolicy "
                 "AdministratorAccess to diego.ramirez (%s UTC); then the new key is used from the same address "
                 "with Boto3 (GetCallerIdentity, ListBuckets, ListSecrets). His previous sign-in was at %s UTC."
                 % (login_at.strftime("%Y-%m-%d %H:%M"), net.ip, networks[(diego.login, "mexico-city",
                                                                            "mac-chrome")].ip,
                    key_at.strftime("%H:%M"), new_key, policy_at.strftime("%H:%M"),
                    diego_last.strftime("%Y-%m-%d %H:%M")),
        "expect": "NEW_DEVICE on the ConsoleLogin at %s - LOW. CloudTrail carries no geo and the documentation "
                  "addresses are in no GeoIP database, so there is no country or travel signal, and he has too "
                  "little history yet for UNUSUAL_HOUR." % iso_aws(login_at),
        "correlation": "CreateAccessKey (CREDENTIAL_CREATED) and AttachUserPolicy AdministratorAccess "
                       "(PRIVILEGE_GRANTED) by the same user from the same address minutes after the login should "
                       "raise SENSITIVE_ACTION_AFTER_LOGIN and escalate this finding - the pattern correlation "
                       "exists for.",
    })

    # Okta administration: mei.chen adds people to groups now and then (ordinary audit noise)
    mei = user_by_login("mei.chen@example.com")
    admin_rng = random.Random("%s:okta-admin" % seed)
    for n, s in enumerate([s for s in okta_sessions[mei.login] if s.start.date() < START + timedelta(days=16)][2::4]):
        when = s.start + timedelta(minutes=admin_rng.randint(5, 50), milliseconds=admin_rng.randint(0, 999))
        member = OKTA_USERS[(n * 7 + 2) % len(OKTA_USERS)]
        group = ["Engineering", "Sales", "AWS Developers", "All Staff"][n % 4]
        event = okta.event(mei, when, "group.user_membership.add", s.network, s.client,
                           ids.token("idx", 22, "okta-session", mei.login, s.index, ""),
                           target=[okta.actor(member), {
                               "id": ids.token("00g", 17, "okta-group", group),
                               "type": "UserGroup",
                               "alternateId": "unknown",
                               "displayName": group,
                               "detailEntry": None,
                           }],
                           debug={"requestUri": "/api/v1/groups/%s/users/%s" % (
                               ids.token("00g", 17, "okta-group", group), okta.actor(member)["id"]),
                               "url": "/api/v1/groups/%s/users/%s?" % (
                               ids.token("00g", 17, "okta-group", group), okta.actor(member)["id"])})
        add("okta", "event-hook", event, when.replace(tzinfo=None))

    return files, attacks, stats, networks


def aws_events(trail, user, s, sso_at, rng, add):
    """An Okta user federating into AWS: AssumeRoleWithSAML, the federated ConsoleLogin, a few console reads."""
    role = user.get("aws_role")
    t = sso_at.replace(microsecond=0) + timedelta(seconds=2)
    add("aws-cloudtrail", "cloudtrail", trail.assume_role_with_saml(user, t, s.network.ip, s.client, role), t)
    t = t + timedelta(seconds=1)
    add("aws-cloudtrail", "cloudtrail", trail.console_login(user, t, s.network.ip, s.client, saml_role=role), t)
    created = t - timedelta(seconds=1)
    for call in rng.sample(CONSOLE_CALLS, rng.randint(1, 3)):
        t = t + timedelta(seconds=rng.randint(20, 900))
        source, name, region, read_only, request = call
        add("aws-cloudtrail", "cloudtrail", trail.record(
            trail.role_identity(user, role, created), t, source, name, s.network.ip, "AWS Internal",
            request=request, region=region, read_only=read_only, console=True, label="federated"), t)


def aws_cli_session(trail, user, s, rng, add, long_key):
    """A CLI day: GetSessionToken with MFA (or plain long-lived key use without MFA), then a few API calls."""
    t = s.start.replace(microsecond=0)
    key = long_key
    session_created = None
    if user.get("mfa"):
        add("aws-cloudtrail", "cloudtrail", trail.get_session_token(user, t, s.network.ip, long_key), t)
        key = trail.ids.upper("ASIA", 16, "aws-cli-session", user.login, iso_aws(t))
        session_created = t
    for n, call in enumerate(rng.sample(CLI_CALLS, rng.randint(2, 4))):
        t = t + timedelta(seconds=rng.randint(20, 1200))
        source, name, region, read_only, request, command = call
        add("aws-cloudtrail", "cloudtrail", trail.record(
            trail.iam_identity(user, key, session_created, user.get("mfa") if session_created else None), t, source,
            name, s.network.ip, AWS_CLI_UA.format(os=user.get("os", "linux#6.8.0"), command=command),
            request=request, region=region, read_only=read_only, label="cli-%d" % n), t)


# ---------------------------------------------------------------------------------------------------------------
# Output.
# ---------------------------------------------------------------------------------------------------------------
def render(envelope, path_to_list):
    """JSON with the records of the envelope's list one per line: valid JSON, readable diffs."""
    placeholder = "@@RECORDS@@"
    container = envelope
    for key in path_to_list[:-1]:
        container = container[key]
    records = container[path_to_list[-1]]
    container[path_to_list[-1]] = placeholder
    head = json.dumps(envelope, ensure_ascii=False, separators=(",", ":"))
    container[path_to_list[-1]] = records
    body = "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records) + "\n]"
    return head.replace('"%s"' % placeholder, body) + "\n"


def outputs(seed):
    files, attacks, stats, networks = build(seed)
    ids = Ids(seed)
    okta = Okta(ids)
    result = {}
    for (source, day, kind), records in sorted(files.items(), key=lambda item: (item[0][1], item[0][0], item[0][2])):
        name = "%s/%s-%s.json" % (source, day.isoformat(), kind)
        if source == "okta":
            result[name] = render(okta.delivery(day, records), ["data", "events"])
        elif source == "entra":
            result[name] = render({"records": sorted(records, key=lambda r: r["time"])}, ["records"])
        else:
            result[name] = render({"Records": sorted(records, key=lambda r: r["eventTime"])}, ["Records"])
    result["README.md"] = readme(seed, result, attacks, stats, networks)
    return result


def count_records(text):
    data = json.loads(text)
    if "data" in data:
        return len(data["data"]["events"])
    if "records" in data:
        return len(data["records"])
    return len(data["Records"])


def readme(seed, result, attacks, stats, networks):
    per_source = {}
    for name, text in result.items():
        source = name.split("/")[0]
        files, records, size = per_source.get(source, (0, 0, 0))
        per_source[source] = (files + 1, records + count_records(text), size + len(text.encode("utf-8")))
    last_day = START + timedelta(days=DAYS - 1)
    lines = [
        "# Sample dataset",
        "",
        "Three weeks (%s to %s) of sign-ins and audit events of a made-up company with %d people, in the vendors' "
        "own delivery formats, with five attacks planted in the last days. Generated by "
        "`scripts/generate-sample.py` (seed %d); do not edit by hand - change the generator and run it again "
        "(`scripts/generate-sample.py --check` tells whether the files are current). Dates are UTC: Monday "
        "morning in Tokyo and Sydney is still Sunday in UTC, hence Okta files dated on Sundays."
        % (START.isoformat(), last_day.isoformat(), len(OKTA_USERS) + len(ENTRA_USERS) + len(AWS_USERS), seed),
        "",
        "## Load it",
        "",
        "With Loginwatch running (see the quick start in the top-level README):",
        "",
        "```bash",
        "scripts/load-sample.sh                          # http://localhost:8080",
        "scripts/load-sample.sh http://loginwatch:8080   # another instance",
        "```",
        "",
        "Keys come from `LOGINWATCH_INGEST_KEY`, `LOGINWATCH_ADMIN_KEY` and `LOGINWATCH_ANALYST_KEY`, or all three "
        "from `LOGINWATCH_API_KEYS` (`ingest:k1,analyst:k2,admin:k3` - the same variable the service reads, or the "
        "line the service logs at start-up when it generated its own keys). The script posts every file "
        "unmodified to `POST /api/v1/sources/{okta|entra|aws-cloudtrail}/events`, day by day, runs the engine "
        "(`POST /api/v1/engine/runs`) and prints the newest findings. Posting again changes nothing: ingest is "
        "idempotent on the vendors' event ids.",
        "",
        "Loading takes a few seconds. The engine then raises findings on the five planted attacks below and on "
        "nothing else (11 findings when this dataset was written: one or more per attack, since each sign-in "
        "the intruder makes is judged on its own).",
        "",
        "By hand, one file:",
        "",
        "```bash",
        "curl -sS -X POST http://localhost:8080/api/v1/sources/okta/events \\",
        "  -H \"Authorization: Bearer $LOGINWATCH_INGEST_KEY\" -H 'Content-Type: application/json' \\",
        "  --data-binary @samples/okta/%s-event-hook.json" % START.isoformat(),
        "```",
        "",
        "## Files",
        "",
        "| folder | format (exactly as delivered) | files | records | size |",
        "|---|---|---|---|---|",
    ]
    formats = {
        "okta": "Okta Event Hook POST body: `{\"eventType\":\"com.okta.event_hook\", ..., \"data\":{\"events\":[LogEvent, ...]}}`",
        "entra": "Azure diagnostic settings -> Event Hub message: `{\"records\":[...]}`; `*-signinlogs.json` category "
                 "`SignInLogs`, `*-auditlogs.json` category `AuditLogs`",
        "aws-cloudtrail": "CloudTrail log file as written to S3 (gunzipped): `{\"Records\":[...]}`",
    }
    for source in ("okta", "entra", "aws-cloudtrail"):
        files, records, size = per_source[source]
        lines.append("| `%s/` | %s | %d | %d | %d KiB |" % (source, formats[source], files, records, size // 1024))
    lines += [
        "",
        "One file per source and day (`YYYY-MM-DD-<kind>.json`; days without activity have no file). Real "
        "deliveries are smaller - Okta sends a few events per hook call, CloudTrail writes a file every five "
        "minutes per region - but the envelopes and records are the real ones, so any batch size works the same. "
        "Records are written one per line to keep diffs readable; the files are ordinary JSON.",
        "",
        "Everything is synthetic: domains `example.com` (Okta) and `example.org` (Entra), AWS account `%s`, IP "
        "addresses from the documentation ranges 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32, "
        "AS numbers 64496-64511. Cities and coordinates are real. Okta and Entra carry geo with each event; "
        "CloudTrail carries none, and the documentation addresses resolve in no GeoIP database, so CloudTrail users "
        "have no location unless a named network is configured for their addresses." % AWS_ACCOUNT,
        "",
        "## Who is in it",
        "",
        "Everybody works office hours in their own time zone (US zones switch to summer time on 2025-03-09), from "
        "one or two home places less than 500 km apart, with one laptop and sometimes a phone, each with its own "
        "stable address and provider. Everything a user normally does - each place, device and application - "
        "appears within their first days, while the baseline is still learning. Now and then a password is "
        "mistyped once or an MFA prompt times out.",
        "",
        "| source | user | home | clients | sessions |",
        "|---|---|---|---|---|",
    ]
    for user in OKTA_USERS + ENTRA_USERS + AWS_USERS:
        home = " / ".join("%s (%s)" % (PLACES[c][0], PLACES[c][3]) for c in user.cities)
        extra = []
        if user.get("aws_role"):
            extra.append("AWS via SAML as `%s`" % user.get("aws_role"))
        if user.source == "aws":
            extra.append("console%s, %s" % (" + CLI" if user.get("cli") else "", "MFA" if user.get("mfa") else "no MFA device"))
        if user.get("managed"):
            extra.append("managed laptop")
        if user.get("okta_admin") or user.get("entra_admin"):
            extra.append("directory admin")
        lines.append("| %s | `%s` | %s | %s%s | %d |" % (
            user.source, user.login, home, ", ".join(user.clients), ("; " + "; ".join(extra)) if extra else "",
            stats["sessions"][user.login]))
    lines += [
        "",
        "`svc-deploy` (an IAM user used by CI) updates a CloudFormation stack from one address on most workdays. "
        "A session is one sign-in: for Okta an MFA step, `user.session.start` and one or more "
        "`user.authentication.sso`; for Entra one or two `SignInLogs` records; for AWS a `ConsoleLogin` (or "
        "`GetSessionToken` for the CLI, or `AssumeRoleWithSAML` plus a federated `ConsoleLogin` after Okta single "
        "sign-on into \"AWS Account Federation\") and a few management events.",
        "",
        "## Planted attacks",
        "",
        "Each comes well after the victim's learning period (first 10 successful sign-ins and 7 days). "
        "\"Expected\" is what the behavioural signals alone raised when this dataset was written (scores and exact "
        "signals move with its configuration); \"Correlation\" is what linking the session's control-plane actions "
        "to the sign-in adds: with correlation, every attack below that is followed by a sensitive action ends as a "
        "CRITICAL finding carrying SENSITIVE_ACTION_AFTER_LOGIN (and FIRST_SENSITIVE_ACTION for a user's first such "
        "action), and the intruder's later sign-ins in the same session are escalated with it.",
        "",
        "| # | when (UTC) | source | user | from | file |",
        "|---|---|---|---|---|---|",
    ]
    ordered = sorted(attacks, key=lambda a: a["time"])
    for n, attack in enumerate(ordered, 1):
        lines.append("| %d | %s | %s | `%s` | %s, `%s` | `%s` |" % (
            n, attack["time"].strftime("%Y-%m-%d %H:%M:%S"), attack["source"], attack["user"], attack["where"],
            attack["ip"], attack["file"]))
    titles = {
        "okta-travel": "Okta: sign-in from another continent minutes after a normal one",
        "okta-fatigue": "Okta: MFA fatigue (push bombing), then approval",
        "entra-spray": "Entra: password spray from one address, then one success",
        "entra-takeover": "Entra: new country, new device, no MFA",
        "aws-console": "CloudTrail: console login from a new address, then a new access key and admin rights",
    }
    for n, attack in enumerate(ordered, 1):
        lines += [
            "",
            "### %d. %s" % (n, titles[attack["id"]]),
            "",
            attack["story"],
            "",
            "- Expected: " + attack["expect"],
            "- Correlation: " + attack["correlation"],
        ]
    lines += [
        "",
        "Nothing else in the data should raise a finding: every other sign-in comes from a known place, device, "
        "network and application at a usual hour. A finding on anyone but these five users, or before "
        "2025-03-20, means the engine or a parser changed behaviour - or the generator did.",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples"),
                        help="output folder (default: samples/ next to scripts/)")
    parser.add_argument("--check", action="store_true",
                        help="do not write; fail if the folder differs from what the generator makes")
    args = parser.parse_args()
    out = os.path.normpath(args.out)
    result = outputs(args.seed)

    total = 0
    for name, text in result.items():
        size = len(text.encode("utf-8"))
        total += size
        if name.endswith(".json"):
            json.loads(text)
            if size > MAX_FILE_BYTES:
                raise SystemExit("%s is %d bytes, over the %d limit" % (name, size, MAX_FILE_BYTES))
    if total > MAX_TOTAL_BYTES:
        raise SystemExit("samples total %d bytes, over the %d limit" % (total, MAX_TOTAL_BYTES))

    existing = set()
    if os.path.isdir(out):
        for source in ("okta", "entra", "aws-cloudtrail"):
            folder = os.path.join(out, source)
            if os.path.isdir(folder):
                existing.update("%s/%s" % (source, f) for f in os.listdir(folder) if f.endswith(".json"))
        if os.path.exists(os.path.join(out, "README.md")):
            existing.add("README.md")

    if args.check:
        problems = []
        for name, text in result.items():
            path = os.path.join(out, name)
            if not os.path.exists(path):
                problems.append("missing: " + name)
            else:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        problems.append("differs: " + name)
        problems += ["not generated: " + name for name in sorted(existing - set(result))]
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("samples/ is out of date: run scripts/generate-sample.py", file=sys.stderr)
            return 1
        print("samples/ matches the generator (seed %d): %d files, %d KiB" % (args.seed, len(result), total // 1024))
        return 0

    for name in sorted(existing - set(result)):
        os.remove(os.path.join(out, name))
    for name, text in result.items():
        path = os.path.join(out, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote %d files (%d KiB) to %s" % (len(result), total // 1024, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
