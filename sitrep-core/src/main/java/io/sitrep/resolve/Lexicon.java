package io.sitrep.resolve;

import java.util.Set;

/**
 * The closed word lists the recognition rules use, all folded (lower case, no accents). They describe
 * English news language in general (titles, speech verbs, organisation heads), never particular names.
 */
final class Lexicon {
    private Lexicon() {
    }

    /** A set from a word list that may repeat a word. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Words that end a role or title: "Defence Minister", "President", "spokesman". */
    static final Set<String> ROLE_HEADS = set(
            "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess",
            "sheikh", "emir", "sultan", "pope", "general", "gen.", "lt.", "col.", "colonel", "major", "maj.", "captain",
            "capt.", "admiral", "adm.", "commander", "sgt.", "sergeant", "sen.", "senator", "rep.", "representative",
            "gov.", "governor", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman", "spokeswoman",
            "spokesperson", "dr.", "mr.", "mrs.", "ms.", "professor", "prof.", "chief", "director", "leader",
            "chairman", "chairwoman", "chair", "speaker", "commissioner", "rapporteur", "secretary-general", "brig.", "marshal",
            "ayatollah", "imam", "rabbi", "bishop", "cardinal", "archbishop", "lawmaker", "mp", "president-elect",
            "vice-president", "lieutenant", "officer", "negotiator", "correspondent", "editor", "reporter",
            "journalist", "analyst", "founder", "co-founder", "head", "adviser", "advisor", "attorney", "prosecutor",
            "coordinator", "representative", "commandant", "chief-of-staff", "ceo", "executive", "official",
            "photographer", "cameraman", "videographer", "economist", "researcher", "fellow", "expert", "lawyer",
            "activist", "resident", "scholar", "historian", "member", "candidate", "nominee", "deputy", "aide",
            "strongman", "dictator", "monarch", "crown", "generalissimo", "premier", "mufti", "cleric", "ruler",
            "manager", "prophet", "editor-in-chief", "chief-executive", "spokesperson", "owner", "author", "writer",
            "producer", "student", "teacher", "doctor", "nurse", "driver", "farmer", "survivor", "witness",
            "lecturer", "consultant", "partner", "president-elect", "inspector", "superintendent", "magistrate",
            "counsel", "secretary-general", "whip", "chancellor", "commentator", "presenter", "anchor");

    /** Weekdays and months: capitalised, but never a person. */
    static final Set<String> DATE_WORDS = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.",
            "nov.", "dec.");

    /** Tails of capitalised compounds that modify rather than name: "Kurdish-led", "US-backed". */
    static final Set<String> COMPOUND_TAILS = set("led", "backed", "based", "controlled", "run", "born", "owned",
            "linked", "affiliated", "allied", "funded", "supported", "held", "occupied", "made", "style", "era",
            "speaking", "brokered", "sponsored", "aligned", "friendly", "leaning", "registered", "flagged", "bound",
            "built", "designed", "trained", "armed", "dominated", "majority", "centred", "centered", "focused",
            "related", "origin", "inspired", "imposed", "mediated", "wide", "language");

    /** Title words that are never a name themselves and may stand right before one ("Gen. X", "Mr X"). */
    static final Set<String> HONORIFICS = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
            "lord", "lady", "gen.", "lt.", "col.", "maj.", "capt.", "adm.", "sgt.", "sen.", "rep.", "gov.", "prof.",
            "brig.", "cpl.", "pvt.", "hon.", "rev.", "sheikh", "ayatollah", "imam", "emir", "king", "queen", "prince",
            "princess", "pope", "president", "premier", "chancellor", "senator", "governor", "mayor", "general",
            "colonel", "admiral", "ambassador", "minister", "secretary", "judge", "justice");

    /** Words that may precede a role head inside a title: "Defence", "Deputy", "Foreign Affairs". */
    static final Set<String> ROLE_MODIFIERS = set(
            "defence", "defense", "foreign", "interior", "deputy", "vice", "prime", "finance", "economy", "economic",
            "trade", "health", "justice", "energy", "home", "chief", "senior", "acting", "former", "supreme",
            "army", "navy", "naval", "air", "force", "military", "state", "of", "affairs", "national", "security",
            "intelligence", "first", "second", "general", "staff", "joint", "chiefs", "commerce", "treasury",
            "education", "labour", "labor", "transport", "agriculture", "environment", "culture", "information",
            "communications", "presidential", "white", "house", "press", "kremlin", "attorney", "lieutenant",
            "major", "brigadier", "rear", "vice-admiral", "executive", "managing", "top", "assistant", "special",
            "high", "de", "facto", "interim", "transitional", "outgoing", "incoming", "new", "late", "then", "ex",
            "police", "regional", "district", "provincial", "federal", "government", "opposition", "party",
            "ministry", "foreign-policy", "policy", "the", "public", "prosecution", "director", "marine", "corps",
            "coast", "guard", "mission", "armed", "forces", "union", "european", "un", "u.n.", "nato", "eu",
            "parliamentary", "parliament", "speaker", "crown", "commander", "in", "chief", "human", "rights",
            "development", "emergency", "emergencies", "situations", "industry", "technology", "science", "digital",
            "immigration", "refugees", "water", "resources", "oil", "petroleum", "mines", "housing", "planning",
            "tourism", "sports", "youth", "women", "family", "social", "welfare", "religious", "legal", "media",
            "cabinet", "council", "commission", "legislative", "minority", "majority", "house", "senate",
            "republican", "democratic", "leader", "secretary", "general", "field", "sergeant");

    /** Verbs that mark the subject as a speaker or a political actor ("X said", "Moscow rejected"). */
    static final Set<String> SPEECH_VERBS = set(
            "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "claimed", "claims",
            "warned", "warns", "noted", "notes", "explained", "explains", "wrote", "writes", "argued", "argues",
            "insisted", "insists", "asserted", "declared", "declares", "announced", "announces", "stressed",
            "stresses", "emphasised", "emphasized", "urged", "urges", "acknowledged", "conceded", "confirmed",
            "confirms", "denied", "denies", "accused", "accuses", "responded", "replied", "commented", "remarked",
            "tweeted", "posted", "predicted", "suggested", "suggests", "believes", "believed", "thinks", "thought",
            "recalled", "recalls", "continued", "concluded", "agreed", "agrees", "pledged", "vowed", "promised",
            "proposed", "proposes", "rejected", "rejects", "demanded", "demands", "called", "calls", "condemned",
            "condemns", "criticised", "criticized", "praised", "welcomed", "reiterated", "reaffirmed", "signalled",
            "signaled", "hinted", "indicated", "revealed", "admitted", "disclosed", "asked", "asks", "wants",
            "wanted", "threatened", "threatens", "ordered", "orders", "approved", "signed", "met", "meets",
            "visited", "sought", "seeks", "expressed", "voiced", "described", "described", "dismissed", "cautioned",
            "observed", "pointed", "maintained", "maintains", "estimated", "estimates", "spoke", "speaks",
            "according", "told", "testified", "alleged", "alleges", "informed", "briefed", "mentioned", "offered");

    /** Heads of organisation names, folded: "... Ministry", "... Forces", "... Institute". */
    static final Set<String> ORG_HEADS = set(
            "ministry", "forces", "force", "party", "institute", "institution", "council", "army", "brigade",
            "brigades", "committee", "agency", "authority", "court", "university", "bank", "organization",
            "organisation", "union", "front", "movement", "league", "association", "corps", "guard", "guards",
            "service", "services", "office", "department", "commission", "assembly", "parliament", "congress",
            "senate", "group", "company", "corporation", "corp.", "inc.", "ltd", "ltd.", "foundation", "center", "centre",
            "academy", "bureau", "police", "navy", "battalion", "battalions", "division", "command", "cabinet",
            "tribunal", "federation", "alliance", "coalition", "network", "fund", "forum", "programme", "program",
            "administration", "secretariat", "mission", "directorate", "militia", "regiment", "fleet", "garrison",
            "consulting", "partners", "holdings", "airlines", "airways", "news", "times", "post", "press", "agency",
            "channel", "broadcasting", "television", "radio", "school", "college", "observatory", "watch",
            "international", "society", "trust", "board", "caucus", "chamber", "house", "embassy", "consulate",
            "legion", "unit", "units", "squad", "group", "industries", "energy", "petroleum", "oil", "gas", "club");

    /** First words of (mostly Arabic) armed-group names: "Hayat Tahrir al-Sham", "Jaish al-Islam". */
    static final Set<String> GROUP_FIRST_WORDS = set("hayat", "hay'at", "jabhat", "jaish", "jaysh", "ansar",
            "harakat", "harakat", "liwa", "kataib", "kata'ib", "saraya", "faylaq", "tahrir", "asaib", "asa'ib");

    /** Heads that make an organisation an armed, non-state group unless a state owns it. */
    static final Set<String> GROUP_HEADS = set("forces", "brigade", "brigades", "front", "militia", "battalion",
            "battalions", "army", "movement", "legion", "mujahideen", "resistance", "jihad", "liberation",
            "rebels", "fighters", "units");

    /** Words between a country and a military head that make it the state's own force ("Israel Defense Forces"). */
    static final Set<String> STATE_FORCE_WORDS = set("armed", "defense", "defence", "air", "naval", "land",
            "ground", "army", "navy", "marine", "coast", "border", "space", "special", "security", "aerospace",
            "strategic", "rocket", "missile", "self-defense", "self-defence", "maritime", "revolutionary", "guard",
            "national");

    /** Lower-case heads of descriptive state bodies: "Russia's foreign ministry", "the Syrian army". */
    static final Set<String> STATE_BODY_HEADS = set("ministry", "army", "military", "government", "navy",
            "forces", "police", "parliament", "coast guard", "air force", "foreign ministry", "defence ministry",
            "defense ministry", "interior ministry", "foreign office", "emergency service", "state emergency service",
            "intelligence", "security forces", "armed forces", "cabinet", "authorities", "regime", "junta",
            "embassy", "consulate", "presidency", "judiciary", "border guard", "border police", "national guard",
            "marines", "troops", "administration", "legislature", "senate", "congress", "central bank", "mission",
            "delegation", "security services", "intelligence services", "defence forces", "defense forces");

    /** Modifiers inside a descriptive state body: "foreign", "defence", "state emergency". */
    static final Set<String> STATE_BODY_MODIFIERS = set("foreign", "defence", "defense", "interior", "state",
            "emergency", "finance", "economy", "justice", "health", "energy", "trade", "central", "national",
            "federal", "security", "border", "coast", "air", "armed", "military", "intelligence", "special",
            "top", "new", "transitional", "interim", "caretaker", "elected", "ruling", "regional", "local",
            "information", "education");

    /** Role nouns (folded) that make an appositive a role: "X, Russia's deputy foreign minister". */
    static boolean isRoleWord(String folded) {
        return ROLE_HEADS.contains(folded) || folded.endsWith("man") && folded.length() > 6
                || folded.endsWith("ist") && folded.length() > 5 || folded.endsWith("or") && folded.length() > 5
                && !folded.equals("interior");
    }

    /** Capitalised hyphenated modifiers that are not names: "Kurdish-led", "US-backed", "Moscow-based". */
    static boolean isLowerTailedCompound(String text) {
        int dash = text.lastIndexOf('-');
        return dash > 0 && dash + 1 < text.length() && COMPOUND_TAILS.contains(text.substring(dash + 1));
    }

    /** Particles inside personal names, folded: "Osama bin Laden", "Bashar al-Assad", "Ursula von der Leyen". */
    static final Set<String> NAME_PARTICLES = set("al", "el", "bin", "ibn", "bint", "de", "del", "della", "da",
            "di", "du", "van", "von", "der", "den", "la", "le", "ter", "ben", "abu", "dos", "das");

    /** Directions that make an area of a country: "northern Syria", "Syria's northeast". */
    static final Set<String> DIRECTION_ADJECTIVES = set("northern", "southern", "eastern", "western",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western", "central");
    static final Set<String> DIRECTION_NOUNS = set("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west");

    /** All-capital words that are not organisation acronyms. */
    static final Set<String> NOT_ACRONYMS = set("TV", "CEO", "GDP", "AM", "PM", "UTC", "GMT", "OK", "COVID",
            "ID", "DNA", "MP", "MPS", "MEP", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "PHOTO", "VIDEO",
            "READ", "WATCH", "LIVE", "NEW", "UPDATE", "MORE", "AND", "THE", "FOR", "NOT", "BUT", "ALL", "HIV", "AIDS",
            "USD", "EUR", "GBP", "LNG", "CCTV", "SUV", "FAQ", "PDF", "URL", "AI", "IT", "VIP", "RIP", "LGBT",
            "LGBTQ", "CO2", "KM", "MW", "GW", "BC", "AD", "CFO", "COO", "CTO", "PR", "HQ", "ET", "EST", "PST", "BST",
            "CET", "A", "I", "Q", "US", "UK");
}
