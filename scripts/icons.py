"""The app icons for the web app manifest, as PNG (installing the exhibit as an app asks for
192 and 512 px raster icons): the favicon's motif — two overlapping circles, red and gold, on
navy — drawn here in plain Python, so no image library or network is needed.

    python3 scripts/icons.py      writes assets/icons/icon-192.png, icon-512.png and
                                  icon-maskable-512.png
"""
import struct
import zlib
from pathlib import Path

NAVY = (0x1D, 0x35, 0x57)
RED = (0xE6, 0x39, 0x46)
GOLD = (0xF1, 0xC4, 0x53)
SAMPLES = 3  # per axis, for smooth edges


def inside_rounded(x, y, radius):
    """Whether (x, y) in 0..32 lies in the rounded square of the favicon."""
    cx = min(max(x, radius), 32 - radius)
    cy = min(max(y, radius), 32 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def colour_at(x, y, maskable):
    """The favicon's colour at (x, y) in its 32-unit box, or None outside it."""
    # A maskable icon fills its whole square and keeps the motif in the middle 80 %.
    if maskable:
        x, y = 16 + (x - 16) / 0.8, 16 + (y - 16) / 0.8
    elif not inside_rounded(x, y, 6):
        return None
    if (x - 21) ** 2 + (y - 16) ** 2 <= 36:
        red = (x - 11) ** 2 + (y - 16) ** 2 <= 36
        # The gold circle lies over the red one at 90 % opacity.
        under = RED if red else NAVY
        return tuple(round(0.9 * g + 0.1 * u) for g, u in zip(GOLD, under))
    if (x - 11) ** 2 + (y - 16) ** 2 <= 36:
        return RED
    return NAVY


def render(size, maskable=False):
    rows = []
    for py in range(size):
        row = bytearray([0])  # PNG filter: none
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) * 32 / size
                    y = (py + (sy + 0.5) / SAMPLES) * 32 / size
                    colour = colour_at(x, y, maskable)
                    if colour:
                        for i in range(3):
                            total[i] += colour[i]
                        total[3] += 255
            n = SAMPLES * SAMPLES
            alpha = total[3] / n
            if alpha:
                rgb = [round(total[i] / (total[3] / 255)) for i in range(3)]
            else:
                rgb = [0, 0, 0]
            row += bytes(rgb + [round(alpha)])
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size, raw):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path("assets/icons")
    out.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("icon-maskable-512.png", 512, True)]:
        (out / name).write_bytes(render(size, maskable))
        print(f"{out / name}: {(out / name).stat().st_size} bytes")
