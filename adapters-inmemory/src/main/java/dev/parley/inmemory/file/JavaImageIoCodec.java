package dev.parley.inmemory.file;

import dev.parley.domain.file.ImageSize;
import dev.parley.domain.file.out.ImageCodec;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Image adapter on the JDK's {@code javax.imageio} (the storage adapter's codec, kept here so a core needs no other
 * adapter): reads image dimensions from the header only, and makes thumbnails by decoding with source subsampling: a
 * 20,000 × 20,000 image is decoded at a few hundred pixels a side, so a decompression bomb never materialises
 * (and images above the pixel limit are not decoded at all). JDK {@code javax.imageio} only: PNG, JPEG, GIF, BMP.
 */
public final class JavaImageIoCodec implements ImageCodec {
    @Override
    public Optional<ImageSize> probe(InputStream bytes) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<byte[]> thumbnail(InputStream bytes, ImageSize source, int box, boolean png) {
        try (ImageInputStream input = new MemoryCacheImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            BufferedImage decoded;
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                // Keep at least twice the box on the long side for a smooth downscale.
                int period = Math.max(1, Math.max(source.width(), source.height()) / (box * 2));
                param.setSourceSubsampling(period, period, 0, 0);
                decoded = reader.read(0, param);
            } finally {
                reader.dispose();
            }
            return Optional.of(encode(scale(decoded, box, png), png));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static BufferedImage scale(BufferedImage image, int box, boolean png) {
        double factor = Math.min(1.0, Math.min((double) box / image.getWidth(), (double) box / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage scaled = new BufferedImage(width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!png) {
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return scaled;
    }

    private static byte[] encode(BufferedImage image, boolean png) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, png ? "png" : "jpeg", out)) {
                throw new IllegalStateException("no " + (png ? "PNG" : "JPEG") + " writer");
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
