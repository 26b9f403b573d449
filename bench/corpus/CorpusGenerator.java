/*
 * Broadsheet benchmark corpus generator (issue 5).
 *
 *   java bench/corpus/CorpusGenerator.java --count N --out DIR [--seed S] [--seeds DIR]
 *
 * Writes N realistic news articles to DIR/articles/ and a site configuration to
 * DIR/broadsheet.yaml. A single-file program with no dependencies, so the benchmark needs
 * nothing but a JDK.
 *
 * Determinism: every article is made from its own random stream, derived from (seed, article
 * number), and every story from (seed, story number). Articles can therefore be written by many
 * threads in any order and the same seed still gives a byte-identical corpus. No HashMap
 * iteration, default locale or time zone is involved in what is written.
 */

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

public final class CorpusGenerator {

  // ---------------------------------------------------------------------------------------
  // Vocabulary. Fixed lists, so that the corpus depends only on the seed and the seed texts.
  // ---------------------------------------------------------------------------------------

  /** The 12 sections: folder name and the name written in front matter. */
  static final String[][] SECTIONS = {
      {"world", "World"}, {"uk", "UK"}, {"us", "US"}, {"politics", "Politics"},
      {"business", "Business"}, {"technology", "Technology"}, {"science", "Science"},
      {"health", "Health"}, {"environment", "Environment"}, {"culture", "Culture"},
      {"sport", "Sport"}, {"opinion", "Opinion"}};

  /**
   * Story topics, four per section (in the order of SECTIONS). Each topic: its tags (the first
   * is the topic's own), then the noun phrases its articles keep coming back to. Sharing these
   * words is what makes articles of one topic similar to each other and unlike the rest, so
   * related-story and search benchmarks find real clusters.
   */
  static final String[][][] TOPICS = {
      // world
      {{"Middle East", "Diplomacy", "Conflict"}, {"ceasefire agreement", "border crossing",
          "peace talks", "humanitarian corridor", "refugee camp", "security council resolution",
          "aid convoy", "prisoner exchange"}},
      {{"Russia", "Ukraine", "Sanctions"}, {"sanctions package", "gas pipeline",
          "frontline offensive", "diplomatic expulsion", "grain export deal", "energy embargo",
          "military aid", "ceasefire proposal"}},
      {{"China", "Trade", "Asia"}, {"trade dispute", "export controls", "shipping lane",
          "semiconductor supply", "territorial claim", "state visit", "tariff schedule",
          "currency policy"}},
      {{"Africa", "Elections", "Democracy"}, {"presidential runoff", "electoral commission",
          "opposition coalition", "vote count", "constitutional court", "mining concession",
          "peacekeeping mission", "debt relief"}},
      // uk
      {{"NHS", "Health Policy", "Waiting Lists"}, {"waiting list", "junior doctors' strike",
          "hospital trust", "A&E target", "social care funding", "GP appointment",
          "ambulance response time", "nursing shortage"}},
      {{"Housing", "Planning", "Rents"}, {"housing target", "planning application",
          "rent freeze", "leasehold reform", "council housing", "mortgage rate",
          "green belt", "first-time buyer"}},
      {{"Rail", "Transport", "Strikes"}, {"rail timetable", "ticket office", "signalling failure",
          "fare increase", "high-speed line", "bus franchise", "strike ballot", "rolling stock"}},
      {{"Policing", "Crime", "Courts"}, {"police inquiry", "crown court", "sentencing review",
          "knife crime", "prison capacity", "stop and search", "coroner's report",
          "misconduct hearing"}},
      // us
      {{"Congress", "Senate", "Budget"}, {"spending bill", "debt ceiling", "Senate vote",
          "government shutdown", "committee hearing", "filibuster rule", "appropriations package",
          "confirmation hearing"}},
      {{"White House", "Donald Trump", "Intelligence"}, {"classified information",
          "executive order", "press briefing", "national security adviser", "intelligence sharing",
          "Oval Office meeting", "special counsel", "foreign minister"}},
      {{"Supreme Court", "Law", "Civil Rights"}, {"landmark ruling", "oral argument",
          "voting rights", "dissenting opinion", "federal judge", "appeals court",
          "gun law", "abortion ruling"}},
      {{"Immigration", "Border", "Asylum"}, {"asylum claim", "border wall", "visa programme",
          "deportation flight", "detention centre", "migrant caravan", "work permit",
          "refugee quota"}},
      // politics
      {{"Elections", "Polling", "Parliament"}, {"general election", "opinion poll",
          "party conference", "manifesto pledge", "marginal seat", "leadership contest",
          "postal vote", "hung parliament"}},
      {{"Brexit", "European Union", "Trade"}, {"withdrawal agreement", "customs union",
          "Northern Ireland protocol", "trade deal", "transition period", "single market",
          "fishing rights", "border checks"}},
      {{"Labour", "Conservatives", "Westminster"}, {"cabinet reshuffle", "backbench rebellion",
          "shadow cabinet", "whip's office", "Commons vote", "party funding", "ministerial code",
          "select committee"}},
      {{"Devolution", "Scotland", "Wales"}, {"independence referendum", "devolved government",
          "block grant", "Holyrood vote", "Senedd election", "regional mayor",
          "powers transfer", "council budget"}},
      // business
      {{"Economy", "Inflation", "Interest Rates"}, {"interest rate decision", "inflation figure",
          "central bank", "bond market", "growth forecast", "consumer spending",
          "unemployment rate", "currency market"}},
      {{"Banking", "Finance", "Markets"}, {"quarterly results", "share price", "bank bailout",
          "capital requirement", "trading floor", "bonus pool", "stress test", "hedge fund"}},
      {{"Retail", "Companies", "Jobs"}, {"high street", "store closure", "profit warning",
          "supply chain", "Christmas trading", "online sales", "takeover bid", "job cuts"}},
      {{"Energy", "Oil", "Prices"}, {"oil price", "energy bill", "price cap", "wind farm",
          "windfall tax", "refinery output", "gas storage", "drilling licence"}},
      // technology
      {{"Artificial Intelligence", "Technology", "Regulation"}, {"language model",
          "AI safety", "chip shortage", "data centre", "training data", "algorithm audit",
          "machine learning", "research lab"}},
      {{"Social Media", "Privacy", "Online Safety"}, {"content moderation", "data breach",
          "privacy policy", "online safety bill", "advertising revenue", "user data",
          "misinformation campaign", "age verification"}},
      {{"Cybersecurity", "Hacking", "Espionage"}, {"ransomware attack", "state-backed hackers",
          "security flaw", "password leak", "critical infrastructure", "phishing campaign",
          "software update", "cyber defence"}},
      {{"Smartphones", "Gadgets", "Apple"}, {"product launch", "smartphone sales",
          "app store", "battery life", "chip design", "operating system update",
          "repair rules", "streaming service"}},
      // science
      {{"Space", "NASA", "Astronomy"}, {"rocket launch", "lunar mission", "space station",
          "telescope image", "Mars rover", "satellite constellation", "solar storm",
          "asteroid sample"}},
      {{"Genetics", "Research", "Medicine"}, {"gene therapy", "clinical trial", "DNA sequencing",
          "stem cell research", "rare disease", "genome study", "ethics committee",
          "research funding"}},
      {{"Physics", "Universities", "Research"}, {"particle collider", "quantum computer",
          "fusion experiment", "research grant", "peer review", "laboratory result",
          "dark matter", "university funding"}},
      {{"Archaeology", "History", "Museums"}, {"excavation site", "Roman villa",
          "burial chamber", "museum collection", "ancient manuscript", "carbon dating",
          "bronze age settlement", "shipwreck"}},
      // health
      {{"Coronavirus", "Pandemic", "Vaccines"}, {"vaccine rollout", "infection rate",
          "lockdown rules", "booster programme", "testing capacity", "intensive care",
          "public inquiry", "mask mandate"}},
      {{"Mental Health", "Wellbeing", "Young People"}, {"mental health service",
          "therapy waiting time", "school counsellor", "eating disorder", "crisis line",
          "youth service", "screen time", "loneliness"}},
      {{"Cancer", "Drugs", "Research"}, {"cancer screening", "drug approval", "treatment target",
          "immunotherapy trial", "survival rate", "diagnosis delay", "drug pricing",
          "charity appeal"}},
      {{"Obesity", "Diet", "Public Health"}, {"sugar tax", "junk food advertising",
          "school meal", "weight-loss drug", "childhood obesity", "food labelling",
          "exercise guideline", "alcohol pricing"}},
      // environment
      {{"Climate Change", "Emissions", "Environment"}, {"climate summit", "emissions target",
          "net zero plan", "carbon price", "heatwave", "sea level rise", "coal plant",
          "climate finance"}},
      {{"Wildlife", "Conservation", "Nature"}, {"nature reserve", "endangered species",
          "rewilding project", "bird population", "coral reef", "poaching ban",
          "hedgehog decline", "forest clearance"}},
      {{"Pollution", "Water", "Rivers"}, {"sewage discharge", "river pollution", "air quality",
          "plastic waste", "water company", "bathing water", "clean air zone", "chemical spill"}},
      {{"Floods", "Weather", "Storms"}, {"flood warning", "storm damage", "flood defence",
          "weather warning", "evacuation order", "drought", "wildfire", "power cut"}},
      // culture
      {{"Film", "Awards", "Hollywood"}, {"box office", "film festival", "best picture",
          "streaming deal", "director's cut", "red carpet", "film studio", "awards season"}},
      {{"Music", "Festivals", "Albums"}, {"world tour", "new album", "music festival",
          "ticket prices", "record label", "headline slot", "chart position", "concert hall"}},
      {{"Books", "Literature", "Prizes"}, {"literary prize", "debut novel", "book festival",
          "publishing house", "bestseller list", "poetry collection", "library closure",
          "author interview"}},
      {{"Television", "BBC", "Media"}, {"licence fee", "drama series", "broadcasting regulator",
          "ratings war", "news channel", "streaming platform", "presenter pay",
          "public service broadcasting"}},
      // sport
      {{"Football", "Premier League", "Transfers"}, {"transfer window", "title race",
          "relegation battle", "penalty shootout", "club owner", "stadium plan",
          "manager's future", "Champions League tie"}},
      {{"Cricket", "Test Matches", "England"}, {"test series", "batting collapse",
          "spin bowling", "county championship", "one-day international", "ball-tampering row",
          "captaincy", "rain delay"}},
      {{"Tennis", "Wimbledon", "Grand Slams"}, {"grand slam final", "five-set match",
          "world ranking", "centre court", "doping ban", "prize money", "qualifying round",
          "tie-break"}},
      {{"Olympics", "Athletics", "Doping"}, {"Olympic final", "world record", "anti-doping agency",
          "host city", "medal table", "qualifying time", "selection panel", "relay team"}},
      // opinion
      {{"Comment", "Politics", "Society"}, {"political debate", "public trust",
          "culture war", "moral question", "national conversation", "reform agenda",
          "civic life", "social contract"}},
      {{"Editorial", "Democracy", "Media"}, {"free press", "public interest", "editorial line",
          "press freedom", "accountability", "transparency rule", "local journalism",
          "open government"}},
      {{"Letters", "Readers", "Community"}, {"readers' letters", "local campaign",
          "community centre", "village hall", "parking charge", "bin collection",
          "library opening hours", "school run"}},
      {{"Columns", "Economy", "Work"}, {"four-day week", "remote working", "cost of living",
          "pension age", "minimum wage", "gig economy", "productivity puzzle", "office return"}}};

  /** Tags that are not a topic's own: places and recurring themes, to make up 200 tags. */
  static final String[] EXTRA_TAGS = {
      "France", "Germany", "Italy", "Spain", "Ireland", "Poland", "Greece", "Turkey", "Iran",
      "Iraq", "Syria", "Israel", "Egypt", "Saudi Arabia", "India", "Pakistan", "Japan",
      "South Korea", "North Korea", "Australia", "Canada", "Mexico", "Brazil", "Argentina",
      "Nigeria", "Kenya", "South Africa", "Ethiopia", "Indonesia", "Vietnam", "London",
      "Manchester", "Birmingham", "Glasgow", "Edinburgh", "Cardiff", "Belfast", "New York",
      "Washington", "California", "Texas", "Paris", "Berlin", "Brussels", "Beijing", "Moscow",
      "Tokyo", "Delhi", "Nato", "United Nations", "G7", "World Health Organization", "IMF",
      "World Bank", "Isis", "Terrorism", "Protests", "Strikes", "Unions", "Education",
      "Schools", "Universities", "Children", "Pensions", "Welfare", "Taxation", "Inequality",
      "Poverty", "Charities", "Religion", "Royal Family", "Obituaries", "Investigations",
      "Courts", "Human Rights", "Migration", "Agriculture", "Food", "Fashion", "Art",
      "Theatre", "Architecture", "Travel", "Aviation", "Cars", "Motor Racing", "Rugby",
      "Golf", "Cycling", "Boxing", "Women's Sport", "Gaming", "Startups", "Cryptocurrency",
      "Property", "Insurance", "Pharmaceuticals", "Defence", "Navy", "Veterans", "Disability",
      "Ageing", "Local Government", "Scandal", "Corruption", "Anniversaries", "Photography",
      "Podcasts", "Interview", "Analysis", "Explainer", "Fact Check", "Long Read", "Obesity",
      "Elderly Care", "Heat", "Drought", "Recycling", "Electric Vehicles", "Solar Power",
      "Nuclear Power", "Railways", "Airports", "Shipping", "Ports", "Tourism", "Hospitality",
      "Science Policy", "Disinformation", "Libraries", "Newspapers", "Radio", "Comedy",
      "Dance", "Opera", "Classical Music", "Jazz", "Hip-Hop", "Video Games", "Chess",
      "Horse Racing", "Sailing", "Swimming", "Athletes", "Coaches", "Referees", "Stadiums",
      "Tickets", "Fans", "Volunteers", "Floods", "Weather", "Storms"};

  static final String[] TAGS = buildTags();
  /** Where the places and themes start in TAGS, after the topics' own tags. */
  static final int FIRST_EXTRA_TAG = (int) Arrays.stream(TOPICS)
      .flatMap(t -> Arrays.stream(t[0])).distinct().count();

  static final String[] FIRST_NAMES = {
      "Alex", "Priya", "Jamie", "Sarah", "David", "Fatima", "James", "Olivia", "Mohammed",
      "Emily", "Daniel", "Grace", "Tom", "Aisha", "Michael", "Hannah", "Samuel", "Chloe",
      "Ravi", "Laura", "Peter", "Zainab", "Chris", "Sophie", "Kwame", "Rachel", "Luis", "Anna",
      "Ben", "Mei", "Patrick", "Nadia", "George", "Ellen", "Yusuf", "Clare", "Marcus", "Ingrid",
      "Owen", "Rosa", "Hugh", "Leila", "Simon", "Joanna", "Ade", "Helen", "Mark", "Ines",
      "Neil", "Catherine"};
  static final String[] LAST_NAMES = {
      "Morgan", "Raman", "Okafor", "Thompson", "Patel", "Williams", "Khan", "Davies", "Chen",
      "Murphy", "Evans", "Nowak", "Hughes", "Ahmed", "Clarke", "Fischer", "Walker", "Osei",
      "Rossi", "Brennan", "Kowalski", "Hall", "Singh", "Lewis", "Moreau", "Green", "Hassan",
      "Baker", "Lindqvist", "Wright", "Mensah", "Harris", "Silva", "Turner", "Nakamura",
      "Robinson", "Adeyemi", "King", "Garcia", "Scott", "O'Brien", "Young", "Sato", "Price",
      "Ibrahim", "Ward", "Kaur", "Bell", "Novak", "Ellis", "Mitchell", "Hoffman", "Reid",
      "Campbell", "Mahmood", "Foster", "Jensen", "Pearson", "Achebe", "Grant"};

  /** The 50 bylines: fixed, so that the author pages are the same for every seed. */
  static final String[] AUTHORS = buildAuthors();

  static final String[][] CITIES = {
      {"London", "the UK"}, {"Manchester", "the UK"}, {"Birmingham", "the UK"}, {"Glasgow", "the UK"},
      {"Edinburgh", "the UK"}, {"Cardiff", "the UK"}, {"Belfast", "the UK"}, {"Leeds", "the UK"},
      {"Bristol", "the UK"}, {"Liverpool", "the UK"}, {"Washington", "the US"}, {"New York", "the US"},
      {"Chicago", "the US"}, {"Los Angeles", "the US"}, {"Houston", "the US"},
      {"Atlanta", "the US"}, {"Paris", "France"}, {"Berlin", "Germany"},
      {"Brussels", "Belgium"}, {"Madrid", "Spain"}, {"Rome", "Italy"}, {"Warsaw", "Poland"},
      {"Athens", "Greece"}, {"Istanbul", "Turkey"}, {"Moscow", "Russia"}, {"Kyiv", "Ukraine"},
      {"Jerusalem", "Israel"}, {"Cairo", "Egypt"}, {"Beirut", "Lebanon"}, {"Tehran", "Iran"},
      {"Baghdad", "Iraq"}, {"Riyadh", "Saudi Arabia"}, {"Delhi", "India"},
      {"Mumbai", "India"}, {"Karachi", "Pakistan"}, {"Beijing", "China"},
      {"Shanghai", "China"}, {"Hong Kong", "China"}, {"Tokyo", "Japan"},
      {"Seoul", "South Korea"}, {"Jakarta", "Indonesia"}, {"Sydney", "Australia"},
      {"Toronto", "Canada"}, {"Mexico City", "Mexico"}, {"Sao Paulo", "Brazil"},
      {"Buenos Aires", "Argentina"}, {"Lagos", "Nigeria"}, {"Nairobi", "Kenya"},
      {"Johannesburg", "South Africa"}, {"Addis Ababa", "Ethiopia"}, {"Geneva", "Switzerland"},
      {"Dublin", "Ireland"}, {"Stockholm", "Sweden"}, {"Vienna", "Austria"}};

  static final String[] ORGS = {
      "the government", "the opposition", "the European Commission", "the United Nations",
      "the Treasury", "the Home Office", "the Bank of England", "the Federal Reserve",
      "the World Health Organization", "Amnesty International", "the CBI", "the TUC",
      "the Institute for Fiscal Studies", "the Office for National Statistics", "Ofcom",
      "Ofgem", "the Environment Agency", "the Met Office", "the Royal Society",
      "the British Medical Association", "the Local Government Association", "the IMF",
      "the OECD", "Greenpeace", "the Red Cross", "the National Audit Office", "the FA",
      "the International Olympic Committee", "the Electoral Commission",
      "the Competition and Markets Authority"};

  static final String[] ROLES = {
      "the prime minister", "the foreign secretary", "the chancellor", "the health secretary",
      "the home secretary", "a senior minister", "the opposition leader", "a former adviser",
      "the committee chair", "the chief executive", "the mayor", "a government spokesperson",
      "the party's deputy leader", "a senior official", "the lead researcher",
      "the union's general secretary", "the club's chairman", "the head of the regulator",
      "a local councillor", "the governor", "an independent analyst", "the charity's director"};

  static final String[] GROUPS = {
      "officials", "ministers", "campaigners", "analysts", "economists", "residents",
      "doctors", "teachers", "union leaders", "business groups", "scientists", "diplomats",
      "lawyers", "investors", "MPs", "senators", "local councils", "critics", "supporters",
      "police chiefs", "health experts", "industry leaders", "charities", "parents", "voters"};

  static final String[] DAYS = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

  static final String[] HEADLINE_VERBS = {
      "defends", "questions", "backs", "rejects", "criticises", "welcomes", "announces",
      "delays", "scraps", "reviews", "unveils", "warns over", "signals U-turn on",
      "pledges action on", "faces questions over", "calls for inquiry into"};

  static final String[] HEADLINE_VERBS_PLURAL = {
      "hit back", "demand answers", "split", "protest", "push for talks", "rally", "raise alarm",
      "hold crisis talks", "threaten legal action", "urge caution"};

  static final String[] HEADLINE_EVENTS = {
      "row", "warning", "protest", "report", "vote", "leak", "ruling", "deadline", "setback",
      "breakthrough", "inquiry", "walkout", "surge", "collapse", "deal"};

  /** Sentence templates. Slots: {P} the story's person, {P2} another, {R} a role, {C} a city,
   *  {K} a country, {O} an organisation, {G}/{G2} groups, {D} a weekday, {N}/{N2} topic noun
   *  phrases, {Y} a year, {X} a percentage, {M} a count. */
  static final String[] SENTENCES = {
      "{G^} in {C} said on {D} that the {N} would be reviewed before the end of the year.",
      "The {N} has become a central question for {O}, which has faced criticism over its handling of the {N2}.",
      "\"We have always been clear about the {N},\" {P} told reporters in {C}. \"Nothing about that has changed.\"",
      "According to figures published by {O}, the {N} has risen by {X} per cent in the past twelve months.",
      "{P}, {R}, is expected to set out further details of the {N} next week.",
      "Critics say the {N} does little to address the underlying {N2}, and warn that {G2} will bear the cost.",
      "The announcement comes after months of pressure over the {N2}.",
      "A spokesperson for {O} declined to comment on the {N}, citing ongoing discussions.",
      "About {M} people attended a meeting in {C} on {D} evening to discuss the {N}.",
      "Officials noted that the {N} could affect the {N2} in {K} for years to come.",
      "In a statement, {O} said it \"welcomed the opportunity\" to discuss the {N} with {G2}.",
      "The {N} was first proposed in {Y}, but stalled amid disagreement over the {N2}.",
      "{P} has denied any wrongdoing.",
      "Analysts said the {N} reflected a broader shift in the way {G2} think about the {N2}.",
      "Speaking on {D}, {P} said: \"This is about the {N}, and about the people who depend on it.\"",
      "\"It is simply not good enough,\" said {P2}, {R}. \"People deserve answers about the {N}.\"",
      "The row over the {N} is likely to dominate {O}'s meeting in {C} later this month.",
      "{G^} have repeatedly warned that the {N2} could undermine confidence in the {N}.",
      "Documents seen by this newspaper suggest the {N} was discussed as early as {Y}.",
      "It is not the first time {O} has been drawn into a dispute over the {N}.",
      "Supporters of the {N} argue that it will save money in the long run, a claim {G2} dispute.",
      "{P2}, who has followed the {N2} closely, said the latest figures were \"deeply worrying\".",
      "The {N2} remains unresolved, and {G} expect further talks in {C} before any decision.",
      "Earlier this year, {P} described the {N} as \"the most important decision we will take\".",
      "A report by {O} found that nearly {X} per cent of {G2} had been affected by the {N2}.",
      "{G^} in {K} are watching the {N} closely.",
      "The move drew an angry response from {G2}, who accused {P} of ignoring the {N2}.",
      "\"There is no easy answer to the {N2},\" {P2} said. \"But doing nothing is not an option.\"",
      "Further details of the {N} are expected to be published on {D}.",
      "The {N} will be debated again when {O} meets in {C} next month."};

  /** Every headline has several open slots, so that the articles of one story (same person,
   *  same topic words) still get distinct headlines, and so distinct slugs, almost always. */
  static final String[] HEADLINES = {
      "{P} {V} {N} as {G} warn of {N2}",
      "{O^} {V} {N} after {C} {E}",
      "{N^} {E} puts pressure on {P} over {N2}",
      "{G^} in {C} call for action on {N} after {E}",
      "{P} says {N} 'will not be delayed' despite {C} {E}",
      "{N^}: what the {N2} {E} means for {G} in {C}",
      "{C} {E} deepens {N} crisis as {G} {V2}",
      "{P} {V} {N} amid {N2} {E}",
      "{N^} faces fresh scrutiny in {C} after {N2} {E}",
      "{O^} {V} {N}, says {P}",
      "Inside the {N} {E}: how {G} in {C} are coping",
      "{P} under fire as {N} {E} grows in {C}",
      "{G^} {V2} over {N} as {O} {V} {N2}",
      "Analysis: why the {N} {E} matters for {O}"};

  static final String[] SUBHEADS = {
      "What happens next", "The background", "Reaction", "What the figures show",
      "A long dispute", "The view from {C}", "Why it matters", "Behind the decision"};

  static final String[] CAPTION_CREDITS = {"Reuters", "AP", "AFP/Getty Images", "PA", "EPA"};

  // ---------------------------------------------------------------------------------------

  static final LocalDate FIRST_DAY = LocalDate.of(2001, 1, 1);
  static final int DAY_SPAN = (int) (LocalDate.of(2025, 12, 31).toEpochDay()
      - FIRST_DAY.toEpochDay() + 1);
  /** About 20 articles per story: enough to form a cluster, few enough to keep them apart. */
  static final int ARTICLES_PER_STORY = 20;

  final long seed;
  final int count;
  final int stories;
  final String[] seedSentences;

  CorpusGenerator(long seed, int count, String[] seedSentences) {
    this.seed = seed;
    this.count = count;
    this.stories = Math.max(1, count / ARTICLES_PER_STORY);
    this.seedSentences = seedSentences;
  }

  public static void main(String[] args) throws IOException {
    long seed = 1;
    int count = -1;
    Path out = null;
    Path seeds = Path.of("articles");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length && !a.equals("--help")) {
        usage("missing value for " + a);
      }
      switch (a) {
        case "--count" -> count = Integer.parseInt(args[++i].replace("_", ""));
        case "--out" -> out = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--seeds" -> seeds = Path.of(args[++i]);
        default -> usage("unknown option " + a);
      }
    }
    if (count < 1 || out == null) {
      usage("--count N (N >= 1) and --out DIR are required");
    }
    Path articles = out.resolve("articles");
    if (Files.isDirectory(articles) && !isEmpty(articles)) {
      // Adding to an old corpus would mix two corpora; the caller removes it first.
      usage(articles + " already holds files; remove it first");
    }
    long start = System.nanoTime();
    CorpusGenerator g = new CorpusGenerator(seed, count, readSeedSentences(seeds));
    g.write(out);
    System.out.printf(java.util.Locale.ROOT, "Generated %d articles in %s (seed %d), %.1f s%n",
        count, articles, seed, (System.nanoTime() - start) / 1e9);
  }

  static void usage(String problem) {
    System.err.println("error: " + problem);
    System.err.println("usage: java bench/corpus/CorpusGenerator.java --count N --out DIR"
        + " [--seed S] [--seeds DIR]");
    System.exit(2);
  }

  static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Seed text
  // ---------------------------------------------------------------------------------------

  /**
   * Splits at a space after . ! or ? (perhaps with a closing quote) before a capital letter,
   * but never inside a quotation, so that no sentence is left with an unbalanced quote mark.
   */
  static List<String> splitSentences(String p) {
    List<String> out = new ArrayList<>();
    int start = 0;
    boolean inQuote = false;
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '"') {
        inQuote = !inQuote;
      }
      boolean end = ch == ' ' && !inQuote && i > 0 && i + 1 < p.length()
          && ".!?\"".indexOf(p.charAt(i - 1)) >= 0
          && (Character.isUpperCase(p.charAt(i + 1)) || p.charAt(i + 1) == '"');
      if (end) {
        out.add(p.substring(start, i));
        start = i + 1;
      }
    }
    out.add(p.substring(start));
    return out;
  }

  /**
   * The sentences of the raw seed articles ({@code *.txt} directly in the folder, in name
   * order). Paragraphs without closing punctuation (a caption and its label) are left out.
   */
  static String[] readSeedSentences(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
      s.forEach(files::add);
    }
    files.sort(null);
    List<String> sentences = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
      for (String para : text.split("\n\\s*\n")) {
        String p = para.strip().replaceAll("\\s+", " ");
        if (!(p.endsWith(".") || p.endsWith("\"") || p.endsWith("?"))) {
          continue;
        }
        for (String s : splitSentences(p)) {
          // Very short fragments ("He added:") read badly out of context.
          if (s.length() >= 40 && s.length() <= 400 && !s.endsWith(":")) {
            sentences.add(s);
          }
        }
      }
    }
    if (sentences.isEmpty()) {
      usage("no seed sentences found in " + dir + "/*.txt (pass --seeds DIR)");
    }
    return sentences.toArray(new String[0]);
  }

  // ---------------------------------------------------------------------------------------
  // Writing
  // ---------------------------------------------------------------------------------------

  void write(Path out) throws IOException {
    Path articles = out.resolve("articles");
    // Section/year folders: 300 of them, so even a million articles put only a few thousand
    // in a folder (file systems and tools slow down on huge folders).
    for (String[] section : SECTIONS) {
      for (int year = 2001; year <= 2025; year++) {
        Files.createDirectories(articles.resolve(section[0]).resolve(Integer.toString(year)));
      }
    }
    Files.writeString(out.resolve("broadsheet.yaml"), """
        # Benchmark corpus: %d articles, generated by bench/corpus/CorpusGenerator.java (seed %d).
        title: The Benchmark Gazette
        description: A generated news archive for Broadsheet's benchmark
        base_url: https://bench.broadsheet.example/
        language: en-GB
        timezone: UTC
        page_size: 25
        """.formatted(count, seed), StandardCharsets.UTF_8);
    // Each article is independent, so all cores can write; the order of writes does not matter.
    IntStream.range(0, count).parallel().forEach(i -> {
      Generated a = article(i);
      try {
        Files.write(articles.resolve(a.path), a.text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  record Generated(String path, String text) {}

  /** A story: a recurring person, place and topic, with its articles around one date. */
  record Story(int topic, String person, String personRole, int city, int centreDay) {}

  Story story(int n) {
    SplittableRandom r = new SplittableRandom(mix(seed, 0x5708_1E5L + n));
    int topic = r.nextInt(TOPICS.length);
    String person = FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " "
        + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
    return new Story(topic, person, ROLES[r.nextInt(ROLES.length)], r.nextInt(CITIES.length),
        r.nextInt(DAY_SPAN));
  }

  Generated article(int i) {
    SplittableRandom r = new SplittableRandom(mix(seed, i));
    Story story = story(r.nextInt(stories));
    Ctx c = new Ctx(r, story);

    // Stories run for a few months around their centre date.
    int day = Math.floorMod(story.centreDay + r.nextInt(121) - 60, DAY_SPAN);
    LocalDate date = LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + day);
    String isoDate = date.toString();
    String year = isoDate.substring(0, 4);
    String[] section = SECTIONS[story.topic / 4];

    String headline = headline(c);
    List<String> paragraphs = body(c, r);
    boolean raw = r.nextInt(10) == 0;
    String fileBase = isoDate + "-" + fileSlug(headline) + "-" + i;
    StringBuilder sb = new StringBuilder(6000);
    if (raw) {
      // A newsroom dump: headline line, blank line, paragraphs, maybe a photo caption.
      sb.append(headline).append("\n\n");
      for (String p : paragraphs) {
        sb.append(p).append("\n\n");
      }
      if (r.nextInt(5) == 0) {
        sb.append(story.person).append('\n').append(story.person).append(" in ")
            .append(CITIES[story.city][0]).append(" earlier this year ")
            .append(CAPTION_CREDITS[r.nextInt(CAPTION_CREDITS.length)]).append('\n');
      } else {
        sb.setLength(sb.length() - 1);
      }
      return new Generated(section[0] + "/" + year + "/" + fileBase + ".txt", sb.toString());
    }
    sb.append("---\n");
    sb.append("title: ").append(yaml(headline)).append('\n');
    if (r.nextInt(5) == 0) {
      sb.append("dek: ").append(yaml(c.fill(SENTENCES[r.nextInt(SENTENCES.length)]))).append('\n');
    }
    if (r.nextInt(3) == 0) {
      sb.append("date: ").append(isoDate).append('\n');
    } else {
      sb.append("date: ").append(isoDate).append('T').append(two(6 + r.nextInt(16))).append(':')
          .append(two(r.nextInt(60))).append(":00Z\n");
    }
    int authorA = r.nextInt(AUTHORS.length);
    if (r.nextInt(7) == 0) {
      int authorB = (authorA + 1 + r.nextInt(AUTHORS.length - 1)) % AUTHORS.length;
      sb.append("author: [").append(AUTHORS[authorA]).append(", ").append(AUTHORS[authorB])
          .append("]\n");
    } else {
      sb.append("author: ").append(AUTHORS[authorA]).append('\n');
    }
    sb.append("section: ").append(section[1]).append('\n');
    sb.append("tags: [").append(String.join(", ", tags(c, r))).append("]\n");
    if (r.nextInt(5) < 2) {
      sb.append("summary: ").append(yaml(c.fill(SENTENCES[r.nextInt(SENTENCES.length)])))
          .append('\n');
    }
    sb.append("---\n\n");
    int subhead = paragraphs.size() > 6 && r.nextInt(4) == 0 ? 3 + r.nextInt(3) : -1;
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p == subhead) {
        sb.append("## ").append(c.fill(SUBHEADS[r.nextInt(SUBHEADS.length)])).append("\n\n");
      }
      String para = paragraphs.get(p);
      if (p > 1 && para.startsWith("\"") && r.nextInt(4) == 0) {
        sb.append("> ");
      }
      sb.append(para).append("\n\n");
    }
    sb.setLength(sb.length() - 1);
    return new Generated(section[0] + "/" + year + "/" + fileBase + ".md", sb.toString());
  }

  /** A headline of at most 110 characters (raw text allows 120 for a headline line). */
  static String headline(Ctx c) {
    for (int attempt = 0; ; attempt++) {
      String h = c.fill(HEADLINES[c.r.nextInt(HEADLINES.length)]);
      if (h.length() <= 110 || attempt > 20) {
        return h.length() <= 110 ? h : h.substring(0, h.lastIndexOf(' ', 110));
      }
    }
  }

  /** 8 to 15 paragraphs of 1 to 4 sentences; the first opens with a dateline. */
  List<String> body(Ctx c, SplittableRandom r) {
    int n = 8 + r.nextInt(8);
    List<String> paragraphs = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      StringBuilder para = new StringBuilder(400);
      if (p == 0) {
        para.append(CITIES[c.story.city][0].toUpperCase(java.util.Locale.ROOT)).append(" \u2014 ");
      }
      int sentences = p == 0 ? 2 : 1 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          para.append(' ');
        }
        // About a quarter of the sentences come from the seed articles, with the story's person
        // standing in for the seed's, the rest from templates filled with the topic's words.
        String sentence = p > 0 && r.nextInt(4) == 0
            ? seedSentences[r.nextInt(seedSentences.length)]
                .replace("Donald Trump", c.story.person)
                .replace("Trump", lastName(c.story.person))
            : c.fill(SENTENCES[r.nextInt(SENTENCES.length)]);
        // A sentence said twice in one paragraph reads like a glitch; one more draw is enough
        // to make that rare (and the outcome stays deterministic).
        if (para.indexOf(sentence) >= 0) {
          sentence = c.fill(SENTENCES[r.nextInt(SENTENCES.length)]);
        }
        para.append(sentence);
      }
      paragraphs.add(para.toString());
    }
    return paragraphs;
  }

  /** 1 to 4 distinct tags: the topic's own first, then its others, a place, a theme. */
  static List<String> tags(Ctx c, SplittableRandom r) {
    String[] topicTags = TOPICS[c.story.topic][0];
    int n = 1 + r.nextInt(4);
    List<String> tags = new ArrayList<>(n);
    tags.add(topicTags[0]);
    for (int attempt = 0; tags.size() < n && attempt < 10; attempt++) {
      String t = switch (r.nextInt(3)) {
        case 0 -> topicTags[r.nextInt(topicTags.length)];
        // Skewed towards the first extra tags, so tag pages range from huge to small.
        case 1 -> TAGS[FIRST_EXTRA_TAG
            + (int) ((TAGS.length - FIRST_EXTRA_TAG) * Math.pow(r.nextDouble(), 2))];
        default -> TAGS[r.nextInt(TAGS.length)];
      };
      if (!tags.contains(t)) {
        tags.add(t);
      }
    }
    return tags;
  }

  /** Fills template slots from the story and the article's random stream. */
  static final class Ctx {
    final SplittableRandom r;
    final Story story;
    final String[] nouns;
    String lastNoun = "";

    Ctx(SplittableRandom r, Story story) {
      this.r = r;
      this.story = story;
      this.nouns = TOPICS[story.topic][1];
    }

    String fill(String template) {
      StringBuilder sb = new StringBuilder(template.length() + 80);
      int i = 0;
      while (i < template.length()) {
        char ch = template.charAt(i);
        int close = ch == '{' ? template.indexOf('}', i) : -1;
        if (close < 0) {
          sb.append(ch);
          i++;
          continue;
        }
        String slot = template.substring(i + 1, close);
        boolean capital = slot.endsWith("^");
        String v = value(capital ? slot.substring(0, slot.length() - 1) : slot);
        sb.append(capital || sb.length() == 0 ? capitalise(v) : v);
        i = close + 1;
      }
      return sb.toString();
    }

    private String value(String slot) {
      return switch (slot) {
        case "P" -> story.person;
        case "P2" -> FIRST_NAMES[r.nextInt(FIRST_NAMES.length)] + " "
            + LAST_NAMES[r.nextInt(LAST_NAMES.length)];
        case "R" -> r.nextInt(3) == 0 ? story.personRole : ROLES[r.nextInt(ROLES.length)];
        // Most mentions are of the story's own city, which keeps a story's articles together.
        case "C" -> CITIES[r.nextInt(3) == 0 ? r.nextInt(CITIES.length) : story.city][0];
        case "K" -> CITIES[r.nextInt(CITIES.length)][1];
        case "O" -> ORGS[r.nextInt(ORGS.length)];
        case "G", "G2" -> GROUPS[r.nextInt(GROUPS.length)];
        case "D" -> DAYS[r.nextInt(DAYS.length)];
        case "N" -> lastNoun = nouns[r.nextInt(nouns.length)];
        // The second noun differs from the first: "the A could affect the A" reads badly.
        case "N2" -> {
          String n = nouns[r.nextInt(nouns.length)];
          yield n.equals(lastNoun) ? nouns[(indexOf(nouns, n) + 1) % nouns.length] : n;
        }
        case "V" -> HEADLINE_VERBS[r.nextInt(HEADLINE_VERBS.length)];
        case "V2" -> HEADLINE_VERBS_PLURAL[r.nextInt(HEADLINE_VERBS_PLURAL.length)];
        case "E" -> HEADLINE_EVENTS[r.nextInt(HEADLINE_EVENTS.length)];
        case "Y" -> Integer.toString(1995 + r.nextInt(30));
        case "X" -> Integer.toString(2 + r.nextInt(60));
        case "M" -> Integer.toString(20 * (1 + r.nextInt(200)));
        default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
      };
    }
  }

  // ---------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------

  /** SplitMix64's finaliser over (seed, n): well-spread, independent streams per article. */
  static long mix(long seed, long n) {
    long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static int indexOf(String[] values, String v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i].equals(v)) {
        return i;
      }
    }
    return -1;
  }

  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String lastName(String person) {
    return person.substring(person.indexOf(' ') + 1);
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  /** A YAML double-quoted scalar: safe whatever the text holds (colons, quotes, #). */
  static String yaml(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The first few words of a headline, for a readable file name. */
  static String fileSlug(String headline) {
    StringBuilder sb = new StringBuilder(40);
    for (char ch : headline.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        sb.append(ch);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
      if (sb.length() >= 40) {
        break;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  static String[] buildTags() {
    List<String> tags = new ArrayList<>();
    for (String[][] topic : TOPICS) {
      for (String t : topic[0]) {
        if (!tags.contains(t)) {
          tags.add(t);
        }
      }
    }
    for (String t : EXTRA_TAGS) {
      if (!tags.contains(t)) {
        tags.add(t);
      }
    }
    if (tags.size() < 200) {
      throw new IllegalStateException("only " + tags.size() + " distinct tags");
    }
    return tags.subList(0, 200).toArray(new String[0]);
  }

  static String[] buildAuthors() {
    String[] authors = new String[50];
    for (int i = 0; i < 50; i++) {
      // Stepping through the surnames with a stride coprime to their count pairs every first
      // name with a different surname.
      authors[i] = FIRST_NAMES[i] + " " + LAST_NAMES[(i * 7 + 3) % LAST_NAMES.length];
    }
    return authors;
  }

  static {
    // Guard the invariants the rest relies on.
    if (TOPICS.length != SECTIONS.length * 4) {
      throw new IllegalStateException("4 topics per section expected");
    }
    if (Arrays.stream(AUTHORS).distinct().count() != 50) {
      throw new IllegalStateException("authors are not distinct");
    }
  }
}
