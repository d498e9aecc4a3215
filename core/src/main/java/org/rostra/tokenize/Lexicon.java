package org.rostra.tokenize;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the rule tokenizer, written by hand from general knowledge of English
 * (style guides, dictionaries): abbreviations, clitics, prefixes kept whole in hyphenated
 * words, units split from numbers, and common sentence starters. Immutable.
 */
final class Lexicon {
  private Lexicon() {}

  /**
   * Abbreviations written with a capital that take a period and never end a sentence when a
   * capitalized word follows: titles, months, weekdays, US state abbreviations (AP style),
   * street and place words. Without the period.
   */
  static final Set<String> TITLES =
      Set.of(
          "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
          "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Gen", "Col", "Maj", "Capt", "Cpt",
          "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Rev", "Revd", "Hon", "Pres",
          "Supt", "Insp", "Det", "Atty", "Amb", "Gens", "Fr", "Sr", "Sra", "Srta", "St", "Ste",
          "Mt", "Ft", "Pt", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Jan", "Feb", "Mar", "Apr",
          "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Thu",
          "Thur", "Thurs", "Fri", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
          "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo",
          "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va",
          "Vt", "Wis", "Wisc", "Wyo", "Dak", "Sask", "Ont", "Que", "Alta",
          "Dept", "Univ", "Assn", "Assoc", "Mx", "Rt", "Ref", "Dist");

  /** Abbreviations that take a period only before a number ("No. 2", "pp. 4-5"). */
  static final Set<String> BEFORE_NUMBER =
      Set.of("No", "no", "Nos", "nos", "Nr", "Art", "art", "Vol", "vol", "Vols", "vols", "p",
          "pp", "Fig", "fig", "Figs", "Ch", "ch", "Sec", "sec", "Op", "op", "Ex", "Para",
          "para", "Tel", "tel", "Ph", "Pg", "pg", "c", "ca", "ext", "Ext");

  /**
   * Abbreviations that may end a sentence (a sentence starter after them splits): company
   * and name suffixes, Latin abbreviations. Case as written.
   */
  static final Set<String> ENDERS =
      Set.of(
          "Inc", "Co", "Corp", "Ltd", "Bros", "Jr", "Jnr", "Snr", "Esq", "PhD", "Ph.D", "LLC",
          "plc", "Plc", "etc", "al", "ca", "cf", "approx", "vs", "v", "viz", "incl", "esp",
          "misc", "min", "max", "est", "ed", "eds", "dept", "govt", "yrs", "mins", "hrs",
          "mos", "ft", "oz", "lb", "lbs", "sq", "cu", "Mfg", "Intl", "Natl", "Ave");

  /** Lower-case forms that are abbreviations whatever their case. */
  static final Set<String> ANY_CASE = Set.of("etc", "vs", "approx", "viz", "cf", "incl", "esp");

  /** Prefixes that keep a hyphenated word whole ("e-mail", "non-European", "re-elect"). */
  static final Set<String> PREFIXES =
      Set.of(
          "e", "non", "pre", "re", "post", "co", "anti", "mis", "pro", "counter", "cross", "multi",
          "inter", "un", "sub", "semi", "ex", "mid", "over", "under", "neo", "quasi", "pseudo",
          "ultra", "intra", "extra", "trans", "bi", "tri", "uni", "de", "dis", "micro", "macro",
          "mega", "hyper", "super", "meta", "auto", "socio", "geo", "bio", "eco", "euro", "afro",
          "sino", "cyber", "x", "mini");

  /** Units written right after a number that UD splits off ("8gb", "24hrs", "650k"). */
  static final Set<String> UNITS =
      Set.of(
          "k", "bn", "mn", "mm", "cm", "km", "kg", "mg", "gb", "mb", "kb", "tb", "ghz", "mhz",
          "hz", "hrs", "hr", "hours", "hour", "min", "mins", "sec", "secs", "pm", "am", "p",
          "mph", "kph", "lbs", "lb", "oz", "ft", "day", "days", "yr", "yrs", "ml", "l", "m",
          "g", "kw", "mw", "gw", "kwh", "x", "pts", "pt", "tons", "ton", "bbl", "sqft", "yd",
          "yds", "mi", "in", "years", "year", "week", "weeks", "month", "months");

  /** Units in capitals split from a number ("39K", "8GB"); other capitals stay ("3G", "10MM"). */
  static final Set<String> UPPER_UNITS =
      Set.of("K", "GB", "MB", "TB", "KB", "GHz", "MHz", "Hz", "kW", "MW", "GW", "kWh", "BN",
          "Bn", "PM", "AM", "KM", "Km", "Kg", "ML");

  /** Top-level domains and file extensions: "cnn.com", "file.pdf" stay whole. */
  static final Set<String> DOMAINS =
      Set.of(
          "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "de", "fr", "it",
          "us", "ca", "au", "jp", "cn", "ru", "info", "biz", "tv", "me", "ly", "eu", "in",
          "nl", "es", "ch", "se", "no", "dk", "fi", "be", "at", "nz", "za", "br", "mx", "kr",
          "pdf", "doc", "docx", "htm", "html", "jpg", "jpeg", "png", "gif", "txt", "xls",
          "xlsx", "ppt", "pptx", "zip", "exe", "mp3", "mp4", "avi", "wav", "stm", "asp",
          "aspx", "php", "js", "css", "xml", "csv", "rtf", "ns", "json", "java", "py",
          "dll", "bmp", "tif", "tiff", "mov", "wmv", "ogg", "svg", "dat", "log", "cfm", "jsp",
          "shtml", "cgi", "pl", "msg", "eml", "ics", "vcf", "gz", "tar", "rar", "iso");

  /**
   * Words that split into UD syntactic words without an apostrophe: the word (lower case)
   * to the offsets where it splits.
   */
  static final Map<String, int[]> SPLIT_WORDS = splitWords();

  private static Map<String, int[]> splitWords() {
    Map<String, int[]> m = new HashMap<>();
    m.put("gonna", new int[] {3});
    m.put("wanna", new int[] {3});
    m.put("gotta", new int[] {3});
    m.put("outta", new int[] {3});
    m.put("hafta", new int[] {3});
    m.put("cannot", new int[] {3});
    m.put("gimme", new int[] {3});
    m.put("lemme", new int[] {3});
    m.put("dunno", new int[] {2, 3});
    m.put("dont", new int[] {2});
    m.put("didnt", new int[] {3});
    m.put("doesnt", new int[] {4});
    m.put("isnt", new int[] {2});
    m.put("wasnt", new int[] {3});
    m.put("arent", new int[] {3});
    m.put("werent", new int[] {4});
    m.put("cant", new int[] {2});
    m.put("couldnt", new int[] {5});
    m.put("wouldnt", new int[] {5});
    m.put("shouldnt", new int[] {6});
    m.put("havent", new int[] {4});
    m.put("hasnt", new int[] {3});
    m.put("hadnt", new int[] {3});
    m.put("aint", new int[] {2});
    m.put("wont", new int[] {2});
    m.put("im", new int[] {1});
    m.put("ive", new int[] {1});
    m.put("youre", new int[] {3});
    m.put("theyre", new int[] {4});
    m.put("thats", new int[] {4});
    m.put("whats", new int[] {4});
    m.put("alot", new int[] {1});
    return Map.copyOf(m);
  }

  /**
   * Words after which "its" is "it's" written without apostrophe ("its a reel", "its not"):
   * determiners, negation, adverbs and predicative adjectives that cannot follow the
   * possessive.
   */
  static final Set<String> AFTER_IT_IS =
      Set.of("a", "an", "the", "not", "so", "all", "been", "just", "really", "very", "too",
          "only", "also", "ok", "okay", "like", "pretty", "still", "always", "never", "my",
          "your", "our", "their", "his", "her", "going", "gonna", "getting", "because",
          "about", "fine", "great", "fab", "true", "hard", "easy", "worth", "illegal",
          "in", "on", "at", "for", "that", "this", "what", "how", "when", "where", "why");

  /** Capitalized words that usually start a sentence (after an abbreviation that can end one). */
  static final Set<String> STARTERS =
      Set.of(
          "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
          "These", "Those", "There", "Here", "But", "And", "Or", "So", "If", "In", "On", "At",
          "As", "For", "Of", "To", "With", "When", "While", "What", "Who", "Why", "How",
          "Where", "Which", "After", "Before", "Since", "Although", "Though", "However",
          "Meanwhile", "Also", "Its", "His", "Her", "Their", "Our", "My", "Your", "Some",
          "Many", "Most", "All", "Yes", "Now", "Then", "Still", "Yet", "Last", "Next",
          "According", "Because", "Even", "Instead", "Other", "Another", "Each", "Every",
          "Both", "Such", "Not", "No", "Only", "Please", "Thanks", "Thank", "Do", "Does",
          "Did", "Is", "Are", "Was", "Were", "Will", "Would", "Can", "Could", "Should", "Let",
          "Today", "Yesterday", "Tomorrow", "Earlier", "Later", "Officials", "Analysts");
}
