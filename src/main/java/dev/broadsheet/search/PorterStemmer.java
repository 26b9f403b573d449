package dev.broadsheet.search;

/**
 * Martin Porter's 1980 stemmer, as in his reference C implementation. The browser runs the same
 * rules ({@code assets/search.js}, function {@code stem}), line for line, so a word typed by a
 * reader reduces to the term the build indexed; a test compares the two over a word list.
 * Only words of lower-case ASCII letters are stemmed; others are returned as they are.
 */
public final class PorterStemmer {
  private char[] b;
  private int k;
  private int j;

  private PorterStemmer(String word) {
    this.b = word.toCharArray();
    this.k = b.length - 1;
  }

  /** The stem of {@code word}, a folded term; words of two letters or fewer are kept. */
  public static String stem(String word) {
    if (word.length() <= 2 || !isLowerAscii(word)) {
      return word;
    }
    PorterStemmer s = new PorterStemmer(word);
    s.step1ab();
    if (s.k > 0) {
      s.step1c();
      s.step2();
      s.step3();
      s.step4();
      s.step5();
    }
    return new String(s.b, 0, s.k + 1);
  }

  private static boolean isLowerAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private boolean cons(int i) {
    switch (b[i]) {
      case 'a', 'e', 'i', 'o', 'u':
        return false;
      case 'y':
        return i == 0 || !cons(i - 1);
      default:
        return true;
    }
  }

  /** The number of vowel-consonant sequences in b[0..j]. */
  private int m() {
    int n = 0;
    int i = 0;
    while (true) {
      if (i > j) {
        return n;
      }
      if (!cons(i)) {
        break;
      }
      i++;
    }
    i++;
    while (true) {
      while (true) {
        if (i > j) {
          return n;
        }
        if (cons(i)) {
          break;
        }
        i++;
      }
      i++;
      n++;
      while (true) {
        if (i > j) {
          return n;
        }
        if (!cons(i)) {
          break;
        }
        i++;
      }
      i++;
    }
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= j; i++) {
      if (!cons(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean doubleC(int i) {
    return i >= 1 && b[i] == b[i - 1] && cons(i);
  }

  private boolean cvc(int i) {
    if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
      return false;
    }
    char ch = b[i];
    return ch != 'w' && ch != 'x' && ch != 'y';
  }

  private boolean ends(String s) {
    int length = s.length();
    if (length > k + 1) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (b[k - length + 1 + i] != s.charAt(i)) {
        return false;
      }
    }
    j = k - length;
    return true;
  }

  private void setTo(String s) {
    int length = s.length();
    if (j + 1 + length > b.length) {
      b = java.util.Arrays.copyOf(b, j + 1 + length);
    }
    for (int i = 0; i < length; i++) {
      b[j + 1 + i] = s.charAt(i);
    }
    k = j + length;
  }

  private void r(String s) {
    if (m() > 0) {
      setTo(s);
    }
  }

  private void step1ab() {
    if (b[k] == 's') {
      if (ends("sses")) {
        k -= 2;
      } else if (ends("ies")) {
        setTo("i");
      } else if (b[k - 1] != 's') {
        k--;
      }
    }
    if (ends("eed")) {
      if (m() > 0) {
        k--;
      }
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) {
        setTo("ate");
      } else if (ends("bl")) {
        setTo("ble");
      } else if (ends("iz")) {
        setTo("ize");
      } else if (doubleC(k)) {
        k--;
        char ch = b[k];
        if (ch == 'l' || ch == 's' || ch == 'z') {
          k++;
        }
      } else if (m() == 1 && cvc(k)) {
        setTo("e");
      }
    }
  }

  private void step1c() {
    if (ends("y") && vowelInStem()) {
      b[k] = 'i';
    }
  }

  /** Suffix pairs of step 2, grouped by the penultimate letter as in the reference. */
  private static final String[][] STEP2 = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
      {"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"},
      {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"},
      {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"},
      {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};

  private static final String[][] STEP3 = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"},
      {"ful", ""}, {"ness", ""}};

  private static final String[] STEP4 = {
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
      "ou", "ism", "ate", "iti", "ous", "ive", "ize"};

  /**
   * The reference tests only the suffixes of one group, chosen by a letter, and stops at the
   * first that ends the word; since no two suffixes of a group end one word unless the longer is
   * listed first, trying the whole table in the reference's order is the same.
   */
  private void step2() {
    if (k < 1) {
      return;
    }
    for (String[] rule : STEP2) {
      if (rule[0].charAt(rule[0].length() - 2) == b[k - 1] && ends(rule[0])) {
        r(rule[1]);
        return;
      }
    }
  }

  private void step3() {
    for (String[] rule : STEP3) {
      if (rule[0].charAt(rule[0].length() - 1) == b[k] && ends(rule[0])) {
        r(rule[1]);
        return;
      }
    }
  }

  private void step4() {
    if (k < 1) {
      return;
    }
    for (String suffix : STEP4) {
      if (suffix.charAt(suffix.length() - 2) == b[k - 1] && ends(suffix)) {
        if (suffix.equals("ion") && (j < 0 || (b[j] != 's' && b[j] != 't'))) {
          continue;
        }
        if (m() > 1) {
          k = j;
        }
        return;
      }
    }
  }

  private void step5() {
    j = k;
    if (b[k] == 'e') {
      int a = m();
      if (a > 1 || a == 1 && !cvc(k - 1)) {
        k--;
      }
    }
    if (b[k] == 'l' && doubleC(k) && m() > 1) {
      k--;
    }
  }
}
