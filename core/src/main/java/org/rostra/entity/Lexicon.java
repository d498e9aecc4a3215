package org.rostra.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists of the entity linker: honorifics and titles, organisation and place
 * suffixes, time words, pronouns and gendered words. Written for Rostra; immutable.
 */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Lower-cases with the root locale. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Honorifics that precede a person's name (lower case, without a final period). */
  static final Set<String> HONORIFICS =
      set(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
          "lady", "madam", "madame", "mme", "m", "herr", "frau", "rev", "reverend", "fr",
          "father", "sister", "brother", "sheikh", "sheik", "imam", "rabbi", "ayatollah",
          "mullah", "hon", "honorable", "honourable", "excellency", "st");

  /** Titles and ranks that precede a person's name (lower case, no period). */
  static final Set<String> TITLE_WORDS =
      set(
          "president", "vice", "prime", "minister", "premier", "chancellor", "secretary",
          "senator", "sen", "representative", "rep", "congressman", "congresswoman",
          "governor", "gov", "mayor", "lt", "lieutenant", "general", "gen", "admiral", "adm",
          "colonel", "col", "major", "maj", "captain", "capt", "sgt", "sergeant", "commander",
          "cmdr", "marshal", "king", "queen", "prince", "princess", "emperor", "empress",
          "pope", "cardinal", "bishop", "archbishop", "judge", "justice", "chief", "speaker",
          "leader", "chairman", "chairwoman", "chair", "director", "ambassador", "envoy",
          "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "deputy",
          "assistant", "attorney", "treasurer", "commissioner", "councillor", "councilor",
          "councilman", "councilwoman", "alderman", "sheriff", "inspector", "officer",
          "coach", "ceo", "cfo", "coo", "founder", "cofounder", "co-founder", "executive",
          "pres", "sec", "supt", "superintendent", "state", "foreign", "defense", "defence",
          "finance", "interior", "home", "trade", "economy", "health", "education", "national",
          "security", "press", "first", "former", "acting", "interim", "elect", "designate",
          "incoming", "outgoing", "late", "crown", "duke", "duchess", "earl", "baron",
          "baroness", "grand", "supreme", "high", "representative", "delegate", "comrade",
          "president-elect", "vice-president", "ex-president", "minority", "majority", "whip",
          "house", "senate", "party", "labour", "labor", "conservative", "democratic",
          "republican", "us", "u.s", "un", "eu");

  /** Words that end an organisation's name (lower case, no final period). */
  static final Set<String> ORG_SUFFIXES =
      set(
          "co", "inc", "corp", "ltd", "llc", "llp", "plc", "ag", "gmbh", "sa", "nv", "bv",
          "spa", "ab", "asa", "oyj", "kk", "pty", "company", "companies", "corporation",
          "incorporated", "limited", "group", "holdings", "partners", "associates", "agency",
          "ministry", "department", "dept", "office", "bureau", "board", "authority",
          "commission", "committee", "council", "assembly", "parliament", "congress",
          "senate", "party", "union", "federation", "league", "association", "society",
          "institute", "institution", "foundation", "fund", "trust", "bank", "university",
          "college", "school", "academy", "hospital", "clinic", "center", "centre", "church",
          "army", "navy", "force", "forces", "guard", "police", "administration",
          "organization", "organisation", "service", "services", "network", "news", "times",
          "post", "press", "journal", "herald", "tribune", "gazette", "telegraph", "guardian",
          "magazine", "radio", "television", "tv", "airlines", "airways", "motors",
          "automobile", "energy", "systems", "technologies", "technology", "labs",
          "laboratories", "pharmaceuticals", "pharma", "media", "entertainment", "studios",
          "records", "club", "fc", "team", "court", "tribunal", "cabinet", "government",
          "secretariat", "coalition", "alliance", "movement", "front", "caucus", "inc.",
          "exchange", "reserve", "treasury", "commonwealth", "directorate", "command",
          "brigade", "battalion", "regiment", "corps", "initiative", "project", "program",
          "programme", "network", "watch", "international", "worldwide", "industries",
          "enterprises", "solutions", "capital", "investments", "insurance", "bancorp",
          "railways", "railway", "lines", "shipping", "mining", "oil", "gas", "petroleum",
          "electric", "electronics", "software", "display", "robotics", "foods", "brands",
          "stores", "mart", "markets", "medical", "health", "healthcare", "care");

  /** Abbreviations that keep their period as part of a name. */
  static final Set<String> ABBREVIATIONS =
      set(
          "co", "inc", "corp", "ltd", "jr", "sr", "st", "bros", "mr", "mrs", "ms", "dr",
          "gov", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "prof", "rev", "adm",
          "maj", "cmdr", "hon", "no", "mt", "ft", "ave", "blvd", "dept", "u.s", "u.k", "u.n",
          "e.u", "d.c", "l.a", "n.y", "plc", "llc", "corp");

  /** Words that end a place name. */
  static final Set<String> LOC_SUFFIXES =
      set(
          "river", "sea", "ocean", "lake", "mountains", "mountain", "mount", "mt", "island",
          "islands", "peninsula", "gulf", "bay", "strait", "straits", "valley", "desert",
          "canal", "coast", "basin", "plateau", "plain", "plains", "forest", "park", "delta",
          "channel", "cape", "highlands", "hills", "heights", "glacier", "reef", "square",
          "street", "avenue", "road", "bridge", "airport", "stadium", "station", "harbor",
          "harbour", "port");

  /** Words that end a geopolitical name. */
  static final Set<String> GPE_SUFFIXES =
      set(
          "city", "county", "province", "state", "prefecture", "district", "region",
          "territory", "oblast", "republic", "kingdom", "emirate", "municipality", "borough",
          "township", "village", "town", "parish", "canton");

  /** Words that are never (the last word of) a name on their own. */
  static final Set<String> TIME_WORDS =
      set(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
          "thu", "thur", "thurs", "fri", "sat", "sun", "today", "tomorrow", "yesterday",
          "christmas", "easter", "ramadan", "thanksgiving", "am", "pm", "a.m", "p.m", "gmt",
          "utc", "est", "edt", "pst", "pdt", "bst", "cet");

  /** Capitalised words that never start a name by themselves. */
  static final Set<String> NON_NAME_WORDS =
      set(
          "i", "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "we",
          "they", "you", "his", "her", "its", "our", "their", "my", "your", "but", "and",
          "or", "if", "when", "while", "after", "before", "as", "at", "in", "on", "of", "for",
          "to", "with", "by", "from", "however", "meanwhile", "also", "yes", "no", "not",
          "there", "here", "what", "who", "why", "how", "where", "which", "mr", "mrs", "ms",
          "dr", "oh", "ok", "okay", "please", "thanks", "thank", "dear", "hello", "hi",
          "so", "then", "now", "all", "some", "many", "most", "more", "any", "each", "every",
          "one", "two", "three", "first", "last", "next", "other", "such", "only",
          "said", "says", "according", "following", "read", "more:", "photo", "video",
          "advertisement", "update", "updated", "editor", "note", "related", "breaking",
          "exclusive", "opinion", "analysis", "source", "sources", "via", "cc", "internet",
          "web", "online", "god", "lord");

  /**
   * Common nouns that make a capitalised phrase a thing, a policy or an event rather than a
   * person's name ("Covid Zero", "Vision 2030", "Green Deal", "Operation Warp Speed").
   */
  static final Set<String> NOT_PERSON_WORDS =
      set(
          "zero", "covid", "covid-19", "coronavirus", "virus", "pandemic", "flu", "ebola",
          "zika", "sars", "mers", "aids", "hiv", "policy", "policies", "plan", "doctrine",
          "deal", "act", "bill", "law", "code", "rule", "rules", "treaty", "accord", "accords",
          "agreement", "pact", "protocol", "charter", "declaration", "strategy", "vision",
          "reform", "reforms", "war", "wars", "crisis", "revolution", "spring", "uprising",
          "summit", "conference", "forum", "games", "olympics", "cup", "championship",
          "championships", "open", "series", "bowl", "day", "week", "month", "year", "festival",
          "prize", "award", "awards", "index", "tax", "budget", "economy", "operation",
          "mission", "campaign", "challenge", "belt", "road", "lockdown", "zone", "era",
          "age", "dream", "model", "system", "tower", "towers", "building", "hall", "palace",
          "museum", "gallery", "market", "report", "survey", "poll", "census", "show",
          "festival", "tour", "trophy", "medal", "speed", "generation", "phase", "stage",
          "package", "fund", "scheme", "order", "decree", "amendment", "clause", "motion");

  /** Words allowed inside a multi-word name between capitalised words. */
  static final Set<String> JOIN_WORDS =
      set(
          "of", "the", "for", "and", "&", "de", "del", "della", "der", "den", "van", "von",
          "da", "di", "do", "dos", "das", "du", "la", "le", "el", "al", "bin", "ibn", "bint",
          "y", "on", "at", "in");

  /** Third-person personal pronouns: value 'm' masculine, 'f' feminine. */
  static char pronounGender(String lower) {
    switch (lower) {
      case "he":
      case "him":
      case "his":
      case "himself":
        return 'm';
      case "she":
      case "her":
      case "hers":
      case "herself":
        return 'f';
      default:
        return 0;
    }
  }

  /** Gender implied by an honorific or title word, 0 when none. */
  static char honorificGender(String lower) {
    switch (lower) {
      case "mr":
      case "sir":
      case "lord":
      case "herr":
      case "king":
      case "prince":
      case "emperor":
      case "duke":
      case "earl":
      case "baron":
      case "father":
      case "brother":
      case "congressman":
      case "chairman":
      case "spokesman":
      case "councilman":
      case "sheikh":
      case "sheik":
      case "pope":
        return 'm';
      case "mrs":
      case "ms":
      case "miss":
      case "madam":
      case "madame":
      case "mme":
      case "dame":
      case "lady":
      case "frau":
      case "queen":
      case "princess":
      case "empress":
      case "duchess":
      case "baroness":
      case "sister":
      case "congresswoman":
      case "chairwoman":
      case "spokeswoman":
      case "councilwoman":
        return 'f';
      default:
        return 0;
    }
  }

  /** Common female given names (lower case), for pronoun agreement. */
  static final Set<String> FEMALE_NAMES =
      set(
          "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
          "sarah", "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley",
          "kimberly", "emily", "donna", "michelle", "dorothy", "carol", "amanda", "melissa",
          "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy",
          "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma",
          "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn",
          "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
          "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith",
          "megan", "cheryl", "andrea", "hannah", "martha", "jacqueline", "frances", "gloria",
          "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice", "madison", "doris",
          "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
          "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella",
          "charlotte", "rose", "alexis", "kayla", "hillary", "kamala", "angela", "theresa",
          "ursula", "christine", "nikki", "condoleezza", "madeleine", "nancy", "elizabeth",
          "kirsten", "tammy", "amy", "kyrsten", "lisa", "susan", "marsha", "cindy", "dianne",
          "jeanne", "maggie", "tulsi", "alexandria", "ilhan", "rashida", "ayanna", "liz",
          "sarah", "kristi", "gretchen", "janet", "gina", "jill", "michelle", "melania",
          "laura", "hilary", "jacinda", "sanna", "mette", "giorgia", "marine", "ségolène",
          "segolene", "annalena", "jacqui", "priti", "suella", "yvette", "nicola",
          "arlene", "dilma", "cristina", "michele", "michèle", "indira", "benazir", "golda",
          "aung", "tsai", "ing-wen", "yingluck", "julia", "kaja", "ingrid", "erna",
          "katrin", "magdalena", "ulrike", "claudia", "xiomara", "dina",
          "roberta", "mia", "penny", "kemi", "liz", "emmanuelle", "anne", "annie",
          "sonia", "sushma", "nirmala", "smriti", "mamata", "jayalalithaa", "mayawati",
          "yulia", "valentina", "maia", "salome", "zuzana", "viktoria", "beata", "ewa",
          "kersti", "vaira", "dalia", "ingrida", "katalin", "maia", "ana", "ella", "ava",
          "chloe", "lucy", "sophie", "jane", "kate", "claire", "caroline", "lindsey", "kristen",
          "meghan", "kim", "tina", "tracy", "wendy", "monica", "erin", "kristin", "leslie",
          "stacey", "lori", "tiffany", "valerie", "holly", "molly", "paula", "joanna",
          "patty", "peggy", "ellen", "eleanor", "louise", "harriet", "sally", "susanna",
          "yolanda", "vanessa", "veronica", "carmen", "rosa", "lucia", "elena", "irene",
          "natasha", "olga", "svetlana", "tatiana", "irina", "yuliya", "lena", "hanna",
          "fatima", "aisha", "leila", "layla", "mariam", "miriam", "noor", "zainab", "amina",
          "ruth", "esther", "deborah", "naomi", "tamar", "yael", "shira", "michal", "hana",
          "yuko", "yuriko", "sanae", "keiko", "akiko", "yoko", "mei", "ling", "xiaoming");

  /** Common male given names (lower case), for pronoun agreement. */
  static final Set<String> MALE_NAMES =
      set(
          "james", "robert", "john", "michael", "david", "william", "richard", "joseph",
          "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark",
          "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
          "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
          "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott",
          "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick",
          "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan",
          "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy",
          "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin",
          "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe",
          "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah",
          "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason",
          "philip", "louis", "barack", "bill", "mike", "jim", "tom", "bob", "ted", "chuck",
          "mitch", "bernie", "rand", "newt", "dick", "al", "jeb", "marco", "rudy", "xi",
          "vladimir", "boris", "emmanuel", "olaf", "recep", "narendra", "shinzo",
          "fumio", "justin", "benjamin", "mahmoud", "bashar", "moon", "volodymyr",
          "sergei", "sergey", "dmitry", "dmitri", "alexei", "alexey", "nicolas", "francois",
          "françois", "jacques", "hu", "jiang", "li", "wen", "deng", "mao", "hassan",
          "ali", "mohammed", "muhammad", "mohammad", "ahmed", "ahmad", "omar", "abdullah",
          "salman", "khalid", "hamad", "tamim", "recep", "abiy", "cyril", "jacob", "thabo",
          "nelson", "jair", "luiz", "lula", "javier", "mauricio", "alberto", "andres",
          "andrés", "manuel", "carlos", "miguel", "pedro", "luis", "jorge", "fernando",
          "rishi", "keir", "gordon", "tony", "nigel", "jeremy", "keir", "ed",
          "nick", "matteo", "mario", "silvio", "giuseppe", "sebastian", "viktor", "andrzej",
          "mateusz", "donald", "pedro", "mariano", "jose", "josé", "antonio", "alexis",
          "kyriakos", "recep", "ilham", "nikol", "alexander", "nursultan",
          "kassym-jomart", "shavkat", "imran", "nawaz", "shehbaz", "asif", "ashraf",
          "hamid", "joko", "prabowo", "rodrigo", "ferdinand", "bongbong", "hun",
          "prayut", "anwar", "mahathir", "najib", "scott", "malcolm", "kevin", "anthony",
          "chris", "stephen", "pierre", "jean", "jean-claude", "jean-luc",
          "frank-walter", "wolfgang", "helmut", "gerhard", "friedrich", "markus", "armin",
          "hans", "karl", "otto", "ludwig", "heinz", "klaus", "jens", "lars", "mark", "mette",
          "stefan", "sauli", "alar", "gitanas", "egils", "edgars", "krisjanis", "andrej",
          "milos", "aleksandar", "ivan", "igor", "oleg", "yuri", "yevgeny", "ramzan", "petro",
          "viktor", "leonid", "mikhail", "nikita", "josef", "joseph", "ariel", "ehud",
          "yitzhak", "shimon", "naftali", "yair", "benny", "avigdor", "itamar", "bezalel",
          "ismail", "yahya", "ebrahim", "mahmoud", "ali", "ruhollah", "abolhassan",
          "mohammed", "saddam", "nouri", "haider", "mustafa", "moqtada", "muammar", "hosni",
          "anwar", "gamal", "abdel", "fattah", "kais", "abdelaziz", "yoweri", "paul",
          "uhuru", "william", "raila", "robert", "emmerson", "muhammadu", "bola", "goodluck",
          "olusegun", "macky", "alassane", "ibrahim", "idriss", "felix", "joseph", "laurent",
          "shinzo", "yoshihide", "junichiro", "taro", "yukio", "naoto", "yoshihiko", "shigeru");

  /** Whether the token text is all upper case letters (at least two letters). */
  static boolean isAllCaps(String s) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** Whether the text starts with an upper-case letter (or a digit followed by letters). */
  static boolean isCapitalized(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return Character.isUpperCase(c) || Character.isTitleCase(c);
  }

  /** Strips one final period. */
  static String noPeriod(String lower) {
    return lower.endsWith(".") && lower.length() > 1
        ? lower.substring(0, lower.length() - 1)
        : lower;
  }

  /**
   * US states with their AP-style abbreviation and postal code, for "Houston, TX" and
   * "Mobile, Ala.": {name, AP abbreviation, postal code}.
   */
  static final List<List<String>> US_STATES = List.of(
          List.of("Alabama", "Ala.", "AL"),
          List.of("Alaska", "Alaska", "AK"),
          List.of("Arizona", "Ariz.", "AZ"),
          List.of("Arkansas", "Ark.", "AR"),
          List.of("California", "Calif.", "CA"),
          List.of("Colorado", "Colo.", "CO"),
          List.of("Connecticut", "Conn.", "CT"),
          List.of("Delaware", "Del.", "DE"),
          List.of("Florida", "Fla.", "FL"),
          List.of("Georgia", "Ga.", "GA"),
          List.of("Hawaii", "Hawaii", "HI"),
          List.of("Idaho", "Idaho", "ID"),
          List.of("Illinois", "Ill.", "IL"),
          List.of("Indiana", "Ind.", "IN"),
          List.of("Iowa", "Iowa", "IA"),
          List.of("Kansas", "Kan.", "KS"),
          List.of("Kentucky", "Ky.", "KY"),
          List.of("Louisiana", "La.", "LA"),
          List.of("Maine", "Maine", "ME"),
          List.of("Maryland", "Md.", "MD"),
          List.of("Massachusetts", "Mass.", "MA"),
          List.of("Michigan", "Mich.", "MI"),
          List.of("Minnesota", "Minn.", "MN"),
          List.of("Mississippi", "Miss.", "MS"),
          List.of("Missouri", "Mo.", "MO"),
          List.of("Montana", "Mont.", "MT"),
          List.of("Nebraska", "Neb.", "NE"),
          List.of("Nevada", "Nev.", "NV"),
          List.of("New Hampshire", "N.H.", "NH"),
          List.of("New Jersey", "N.J.", "NJ"),
          List.of("New Mexico", "N.M.", "NM"),
          List.of("New York", "N.Y.", "NY"),
          List.of("North Carolina", "N.C.", "NC"),
          List.of("North Dakota", "N.D.", "ND"),
          List.of("Ohio", "Ohio", "OH"),
          List.of("Oklahoma", "Okla.", "OK"),
          List.of("Oregon", "Ore.", "OR"),
          List.of("Pennsylvania", "Pa.", "PA"),
          List.of("Rhode Island", "R.I.", "RI"),
          List.of("South Carolina", "S.C.", "SC"),
          List.of("South Dakota", "S.D.", "SD"),
          List.of("Tennessee", "Tenn.", "TN"),
          List.of("Texas", "Texas", "TX"),
          List.of("Utah", "Utah", "UT"),
          List.of("Vermont", "Vt.", "VT"),
          List.of("Virginia", "Va.", "VA"),
          List.of("Washington", "Wash.", "WA"),
          List.of("West Virginia", "W.Va.", "WV"),
          List.of("Wisconsin", "Wis.", "WI"),
          List.of("Wyoming", "Wyo.", "WY"));

  /** Words of sports reports, where "England" beat "Samoa" are teams, not countries. */
  static final Set<String> SPORTS_WORDS =
      set(
          "rugby", "football", "soccer", "cricket", "baseball", "basketball", "hockey",
          "tennis", "golf", "match", "matches", "tournament", "championship", "championships",
          "cup", "league", "season", "coach", "striker", "goalkeeper", "innings", "wicket",
          "wickets", "quarterback", "touchdown", "touchdowns", "playoff", "playoffs",
          "semifinal", "semi-final", "quarterfinal", "scored", "goals", "goal", "squad",
          "fixture", "fixtures", "stadium", "midfielder", "defender", "batsman", "bowler",
          "pitcher", "inning", "halftime", "half-time", "referee", "kickoff", "kick-off",
          "win", "wins", "won", "beat", "beats", "draw", "drew", "defeat", "defeated",
          "victory", "points", "score", "test", "tries", "try", "runs", "caps", "teams",
          "team", "players", "player", "game", "games", "olympic", "olympics", "medal");
}
