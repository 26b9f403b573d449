package dev.broadsheet.render;

/**
 * The site as templates see it.
 *
 * @param title       the site's name
 * @param description one line about it
 * @param language    BCP 47 tag for {@code <html lang>}
 * @param generator   "Broadsheet VERSION", for the generator meta tag
 */
public record SiteView(String title, String description, String language, String generator) {}
