package dev.parley.domain.file;

/** Width and height of an image in pixels. */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image has at least one pixel each way");
        }
    }

    public long pixels() {
        return (long) width * height;
    }
}
