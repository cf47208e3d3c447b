package io.weeklyreport.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFileTest {
    @TempDir
    Path dir;

    @Test
    void formatAndSizeComeFromTheContentNotTheName() throws IOException {
        Path misnamed = dir.resolve("screenshot.PNG");
        ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "jpeg", misnamed.toFile());
        ImageFile image = ImageFile.read(misnamed).orElseThrow();
        assertEquals(ImageFile.Format.JPEG, image.format());
        assertEquals(320, image.width());
        assertEquals(200, image.height());
        assertEquals(Files.size(misnamed), image.bytes().length);
    }

    @Test
    void aPngWhosePixelDataFailsItsChecksumIsDamaged() throws IOException {
        Path png = dir.resolve("scan.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertTrue(ImageFile.read(png).isPresent(), "intact");
        byte[] bytes = Files.readAllBytes(png);
        bytes[bytes.length - 20] ^= 0x5a;   // inside the last IDAT's data: header and chunk layout stay intact
        Files.write(png, bytes);
        ImageCheck check = ImageFile.check(png);
        assertTrue(check instanceof ImageCheck.Unusable u && u.reason().contains("damaged"), check.toString());
    }

    @Test
    void textIsNoPicture() throws IOException {
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not a picture");
        assertTrue(ImageFile.read(text).isEmpty());
    }

    @Test
    void onlyLocalFilesAreNamed() throws IOException {
        Path png = dir.resolve("a b.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        assertEquals(png, ImageFile.localPath(png.toUri().toString()).orElseThrow());
        assertTrue(ImageFile.localPath("https://example.com/a.png").isEmpty());
        assertTrue(ImageFile.localPath(dir.resolve("missing.png").toUri().toString()).isEmpty());
        assertTrue(ImageFile.localPath(dir.toUri().toString()).isEmpty(), "a folder is no picture");
    }

    @Test
    void bytesAfterAJpegsEndMarkerAreNoTruncation() throws IOException {
        Path jpeg = dir.resolve("qr.jpeg");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg.toFile());
        byte[] whole = Files.readAllBytes(jpeg);
        // what an upload or a messaging app leaves behind the end-of-image marker; every viewer shows the picture
        byte[] trailed = java.util.Arrays.copyOf(whole, whole.length + 7);
        System.arraycopy(new byte[] {0x20, (byte) 0xd4, (byte) 0xa3, 0x0a, 0x20, 0x00, 0x41}, 0, trailed, whole.length, 7);
        Files.write(jpeg, trailed);
        assertTrue(ImageFile.read(jpeg).isPresent(), "a complete JPEG with trailing bytes is shown");

        Files.write(jpeg, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(ImageFile.read(jpeg).isEmpty(), "a JPEG cut in half is not");
    }
}
