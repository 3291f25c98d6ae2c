#!/usr/bin/env python3
"""Builds the image samples under samples/images/ (seeded, reproducible).

  samples/images/fashion_mnist_sample/  a class-balanced subset of Fashion-MNIST as gzipped IDX files:
      train-images-idx3-ubyte.gz + train-labels-idx1-ubyte.gz  (PER_CLASS_TRAIN per class, from the 60k training set)
      test-images-idx3-ubyte.gz  + test-labels-idx1-ubyte.gz   (PER_CLASS_TEST per class, from the 10k test set:
                                                                 held-out real images for quality scores)
      classes.txt                                              (the 10 class names, label order)
  samples/images/product_icons/<category>/*.png  Noto emoji icons (64x64 RGBA PNG, copied byte for byte) of
      product-like categories, one subfolder per category (the folder names become the classes).

Usage (Debian: apt-get install dataset-fashion-mnist):
  python3 tools/make_image_samples.py [--fashion /usr/share/datasets/fashion-mnist] [--emoji ../shared/data/emoji-noto-64]
"""
import argparse
import csv
import gzip
import os
import random
import shutil
import struct

SEED = 20251130
PER_CLASS_TRAIN = 500
PER_CLASS_TEST = 100
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
# Emoji categories that look like things a shop sells or advertises; faces, flags, symbols and people are left out.
ICON_CATEGORIES = {"Food & Drink": "food", "Animals & Nature": "nature", "Objects": "objects",
                   "Activities": "activities"}


def read_idx(path, magic):
    with gzip.open(path, "rb") as f:
        data = f.read()
    found, count = struct.unpack(">II", data[:8])
    assert found == magic, f"{path}: magic {found:#x}"
    if magic == 0x803:
        rows, cols = struct.unpack(">II", data[8:16])
        size = rows * cols
        return [data[16 + i * size:16 + (i + 1) * size] for i in range(count)], (rows, cols)
    return list(data[8:8 + count]), None


def write_gz(path, payload):
    # mtime=0 and no file name in the header: the same input gives byte-identical files.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(payload)


def subset(fashion, prefix, out_prefix, per_class, rng, out_dir):
    images, (rows, cols) = read_idx(os.path.join(fashion, f"{prefix}-images-idx3-ubyte.gz"), 0x803)
    labels, _ = read_idx(os.path.join(fashion, f"{prefix}-labels-idx1-ubyte.gz"), 0x801)
    chosen = []
    for c in range(len(CLASSES)):
        members = [i for i, label in enumerate(labels) if label == c]
        chosen += rng.sample(members, per_class)
    rng.shuffle(chosen)  # classes interleaved, as in the original files
    write_gz(os.path.join(out_dir, f"{out_prefix}-images-idx3-ubyte.gz"),
             struct.pack(">IIII", 0x803, len(chosen), rows, cols) + b"".join(images[i] for i in chosen))
    write_gz(os.path.join(out_dir, f"{out_prefix}-labels-idx1-ubyte.gz"),
             struct.pack(">II", 0x801, len(chosen)) + bytes(labels[i] for i in chosen))
    return len(chosen)


def icons(emoji, out_dir):
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    counts = {}
    with open(os.path.join(emoji, "index.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            folder = ICON_CATEGORIES.get(row["category"])
            if folder is None:
                continue
            os.makedirs(os.path.join(out_dir, folder), exist_ok=True)
            shutil.copyfile(os.path.join(emoji, row["file"]), os.path.join(out_dir, folder, row["file"]))
            counts[folder] = counts.get(folder, 0) + 1
    return counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser()
    parser.add_argument("--fashion", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--emoji", default=os.path.join(root, "..", "shared", "data", "emoji-noto-64"))
    args = parser.parse_args()
    rng = random.Random(SEED)
    fashion_out = os.path.join(root, "samples", "images", "fashion_mnist_sample")
    os.makedirs(fashion_out, exist_ok=True)
    n_train = subset(args.fashion, "train", "train", PER_CLASS_TRAIN, rng, fashion_out)
    n_test = subset(args.fashion, "t10k", "test", PER_CLASS_TEST, rng, fashion_out)
    with open(os.path.join(fashion_out, "classes.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(CLASSES) + "\n")
    counts = icons(args.emoji, os.path.join(root, "samples", "images", "product_icons"))
    print(f"fashion_mnist_sample: {n_train} train + {n_test} test images; product_icons: {counts}")


if __name__ == "__main__":
    main()
