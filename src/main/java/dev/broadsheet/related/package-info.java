/**
 * Related stories: for each article, the few others most like it, by TF-IDF cosine over the
 * words of the body, boosted by shared tags and section and by nearness in time.
 *
 * <p>It scales by never comparing all pairs: each story keeps only its strongest terms, an
 * inverted index keeps for each term only the stories where that term is strongest, and a story's
 * candidates are those sharing one of its strongest terms. Only the candidates with the highest
 * partial scores are scored exactly.
 */
package dev.broadsheet.related;
