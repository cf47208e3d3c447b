package io.weeklyreport.model;

/**
 * An image, from Markdown or a raw {@code <img>} tag.
 *
 * @param source   the reference as written
 * @param alt      alternative text, "" when none
 * @param file     the absolute local path when the image is a readable file inside the input's folder,
 *                 else null (remote images are recorded, never fetched)
 * @param remote   whether the source is an http(s) URL
 */
public record Image(String source, String alt, String file, boolean remote, int line) implements Block {
}
