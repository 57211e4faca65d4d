/**
 * Loads an SVG into an <img> at a chosen raster size, tolerating failures
 * (missing file, not an SVG): resolves null instead of throwing, so the stage
 * can fall back to drawn art. Uses fetch (connect-src 'self') and a blob: image
 * (img-src blob:), both allowed by the site's CSP.
 */
export interface SvgSize { width?: number; height?: number; scale?: number }

export async function loadSvgImage(url: string, size: SvgSize, signal?: AbortSignal): Promise<HTMLImageElement | null> {
  let text: string;
  try {
    const res = await fetch(url, signal ? { signal } : {});
    if (!res.ok) return null;
    text = await res.text();
  } catch {
    return null;
  }
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!svg || svg.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;

  let w = parseFloat(svg.getAttribute('width') ?? '');
  let h = parseFloat(svg.getAttribute('height') ?? '');
  const viewBox = svg.getAttribute('viewBox');
  if (viewBox) {
    const parts = viewBox.split(/[\s,]+/).map(Number);
    if (!w || !h) {
      w = parts[2] ?? 0;
      h = parts[3] ?? 0;
    }
  } else if (w && h) {
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  }
  let outW = size.width ?? 0;
  let outH = size.height ?? 0;
  if (size.scale && w && h) {
    outW = w * size.scale;
    outH = h * size.scale;
  } else if (outW && !outH && w && h) {
    outH = (outW * h) / w;
  } else if (outH && !outW && w && h) {
    outW = (outH * w) / h;
  }
  if (outW && outH) {
    svg.setAttribute('width', `${Math.round(outW)}px`);
    svg.setAttribute('height', `${Math.round(outH)}px`);
  }
  const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml;charset=utf-8' });
  const objectUrl = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.decoding = 'async';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('svg decode failed'));
      img.src = objectUrl;
    });
    return img;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(objectUrl);
  }
}
