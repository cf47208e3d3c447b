package io.weeklyreport.render;

/** What checking a local picture came to: the picture itself, or why it cannot be used. */
sealed interface ImageCheck permits ImageFile, ImageCheck.Unusable {
    /** Why a file cannot be used as a picture, in words for the user ("the file is cut short"). */
    record Unusable(String reason) implements ImageCheck {
    }
}
