/**
 * Site configuration: the {@link dev.broadsheet.config.SiteConfig} record, read from a YAML file by
 * {@link dev.broadsheet.config.ConfigLoader}, which rejects unknown keys and wrong types.
 */
package dev.broadsheet.config;
