#!/usr/bin/env node
// Makes a narrated slideshow video for a content pack from a JSON script: each slide is drawn as
// a phone-sized page in Chromium, read aloud with espeak-ng (Vietnamese voice), and joined with
// ffmpeg into an H.264/AAC MP4 that plays on cheap phones. The words on screen are the words
// spoken, so the video works without sound too.
//   node content/tools/make-slideshow-video.mjs content/core/videos/thanh-toan-vietqr.json
// Needs: Debian packages chromium, espeak-ng, ffmpeg.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const specFile = process.argv[2];
if (!specFile) throw new Error('usage: make-slideshow-video.mjs <spec.json>');
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const outDir = path.dirname(specFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-video-'));
const esc = (s) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 720, height: 1280 } });
const parts = [];
for (const [i, s] of spec.slides.entries()) {
  const colour = s.warn ? '#b45309' : '#0f766e';
  await page.setContent(`<!doctype html><html lang="vi"><meta charset="utf-8"><body style="margin:0;width:720px;height:1280px;
    display:flex;flex-direction:column;justify-content:center;padding:64px;box-sizing:border-box;background:#f0fdfa;
    font-family:'DejaVu Sans',sans-serif;color:#0b2b27">
    <div style="font-size:34px;color:#0f766e;margin-bottom:24px">${esc(spec.title)} · ${i + 1}/${spec.slides.length}</div>
    <div style="font-size:72px;font-weight:700;color:${colour};line-height:1.15;margin-bottom:40px">${esc(s.heading)}</div>
    <div style="font-size:56px;line-height:1.35">${esc(s.body)}</div></body></html>`);
  const png = path.join(tmp, `s${i}.png`);
  const wav = path.join(tmp, `s${i}.wav`);
  const mp4 = path.join(tmp, `s${i}.mp4`);
  await page.screenshot({ path: png });
  execFileSync('espeak-ng', ['-v', 'vi', '-s', '130', '-w', wav, s.say]);
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-loop', '1', '-i', png, '-i', wav, '-af', 'apad=pad_dur=0.8',
    '-c:v', 'libx264', '-profile:v', 'baseline', '-tune', 'stillimage', '-pix_fmt', 'yuv420p', '-r', '15',
    '-c:a', 'aac', '-b:a', '64k', '-ar', '44100', '-ac', '1', '-shortest', mp4]);
  parts.push(mp4);
}
await browser.close();
const list = path.join(tmp, 'list.txt');
writeFileSync(list, parts.map((p) => `file '${p}'`).join('\n'));
const out = path.join(outDir, spec.output);
execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-movflags', '+faststart', out]);
rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${out}`);
