"""Make scanned letters for the OCR tests: text drawn on an A4 page, skewed, speckled, stamped in red."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DPI = 200


def page_image(
    lines: list[tuple[int, str, bool]], *, skew: float = 1.5, noise: float = 10.0, seed: int = 1
) -> Image.Image:
    """An A4 page at 200 dpi with ``(indent in mm, text, bold)`` lines, skewed and noisy, with a red stamp."""
    width, height = int(8.27 * DPI), int(11.69 * DPI)
    img = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(img)
    regular, bold = ImageFont.truetype(FONT, 36), ImageFont.truetype(BOLD, 36)
    y = int(0.8 * DPI)
    for indent, text, is_bold in lines:
        if text:
            draw.text(
                (int((25 + indent) / 25.4 * DPI), y), text, fill="black", font=bold if is_bold else regular
            )
        y += 58
    draw.ellipse((width * 0.55, y - 260, width * 0.55 + 320, y + 60), outline=(210, 30, 30), width=10)
    img = img.rotate(skew, expand=False, fillcolor="white", resample=Image.Resampling.BICUBIC)
    rng = np.random.default_rng(seed)
    arr = np.asarray(img).astype(np.int16)
    arr = np.clip(arr + rng.normal(0, noise, arr.shape), 0, 255).astype(np.uint8)
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))


def scanned_pdf(pages: list[Image.Image]) -> bytes:
    """The page images as an image-only PDF (no text layer), as a scanner writes it."""
    buf = io.BytesIO()
    pages[0].save(buf, format="PDF", save_all=True, append_images=pages[1:], resolution=DPI)
    return buf.getvalue()
