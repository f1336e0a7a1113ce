// anomalon explorer: every number on this page is the JSON of an anomalon command, run by the
// server (GET /api/COMMAND?option=value, docs/serve.md). This file only lays it out and draws it.
'use strict';

const $ = selector => document.querySelector(selector);
const SVG_NS = 'http://www.w3.org/2000/svg';
const MASS_POINTS = 400;
// Okabe–Ito colours, then Paul Tol's muted scheme: colour-blind safe, as in the command line's figures.
// No yellow: yellow is the UV lines' colour, as in the command line's figure.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#332288', '#882255',
  '#44AA99', '#117733', '#AA4499', '#88CCEE', '#661100', '#6699CC', '#AA4466', '#4B0092', '#1A85FF'];
const UV_COLOUR = '#D9C200';

const state = {
  source: { kind: 'model', name: null },   // or { kind: 'charges', text } or { kind: 'upload', fileName, text }
  models: [],
  limits: null,
  hidden: new Set(),        // entry ids switched off
  seen: new Set(),          // entry ids met so far (their default visibility has been applied)
  colours: new Map(),       // entry id -> colour, stable across models
  view: null,               // limits plot window in log10 units {x0, x1, y0, y1}
  zoomed: false,
  fit: null,
};

// ---------- requests ----------

/** The query of a request: the model (built-in name, charges, or the uploaded file's name) plus options. */
function query(options = {}) {
  const params = new URLSearchParams();
  const source = state.source;
  if (source.kind === 'charges') params.set('charges', source.text);
  else if (source.kind === 'upload') params.set('model', source.fileName);
  else if (source.name) params.set('model', source.name);
  for (const [name, value] of Object.entries(options)) {
    if (Array.isArray(value)) value.forEach(v => params.append(name, v));
    else if (value !== undefined && value !== null && value !== false) params.set(name, value === true ? 'true' : value);
  }
  return params.toString();
}

/** GET, or POST with the model file as the body when the model was uploaded. */
function request(path, options, signal) {
  const init = { signal };
  if (state.source.kind === 'upload') {
    init.method = 'POST';
    init.body = state.source.text;
    init.headers = { 'Content-Type': 'application/yaml' };
  }
  return fetch(path + '?' + query(options), init);
}

/** {ok: true, data} or {ok: false, status, error} where error is the command line's one-line message. */
async function command(name, options, signal) {
  const response = await request('/api/' + name, options, signal);
  const body = await response.json();
  return response.ok ? { ok: true, data: body } : { ok: false, status: response.status, error: body.error };
}

let pending = 0;
function busy(delta) {
  pending += delta;
  $('#busy').hidden = pending === 0;
}

/** Runs tasks so that only the latest one's answer is shown: an older request is aborted, a late answer dropped. */
function latestOnly() {
  let sequence = 0;
  let controller = null;
  return (task, apply) => {
    const mine = ++sequence;
    if (controller) controller.abort();
    controller = new AbortController();
    busy(1);
    return task(controller.signal)
      .then(result => { if (mine === sequence) apply(result); },
        error => { if (error.name !== 'AbortError' && mine === sequence) apply({ ok: false, error: 'anomalon serve: ' + error.message }); })
      .finally(() => busy(-1));
  };
}

function debounce(fn, ms) {
  let timer = null;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

const lanes = { anomalies: latestOnly(), limits: latestOnly(), fit: latestOnly(), rates: latestOnly(), spectra: latestOnly() };

// ---------- formatting ----------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value; else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function svgEl(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function num(value, digits = 4) {
  if (value === null || value === undefined) return '–';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  return magnitude >= 1e-3 && magnitude < 1e4 ? Number(value.toPrecision(digits)).toString() : value.toExponential(digits - 1);
}

function table(headers, rows) {
  const head = el('tr', {}, ...headers.map(h => el('th', {}, h)));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows));
}

function setStale(selector, stale) {
  document.querySelectorAll(selector).forEach(node => node.classList.toggle('stale', stale));
}

// ---------- model ----------

function fieldFor(source) {
  return source.kind === 'charges' ? { input: $('#charges'), error: $('#charges-error') }
    : source.kind === 'upload' ? { input: $('#upload'), error: $('#upload-error') } : { input: $('#builtin'), error: $('#charges-error') };
}

function clearModelErrors() {
  for (const id of ['#charges', '#upload']) $(id).classList.remove('invalid');
  $('#charges-error').textContent = '';
  $('#upload-error').textContent = '';
}

/** A new model: anomalies first (they say whether the model is valid), then everything else in parallel. */
function refresh() {
  lanes.anomalies(signal => command('anomalies', {}, signal), result => {
    clearModelErrors();
    if (!result.ok) {
      const field = fieldFor(state.source);
      field.input.classList.add('invalid');
      field.error.textContent = result.error;
      setStale('#anomalies, #limits-panel .plot-area, #fit, #fit-plot, #rates, #spectra', true);
      return;
    }
    renderAnomalies(result.data);
    refreshLimits();
    refreshFit();
    refreshRates();
    refreshSpectra();
  });
}

function describeSource() {
  const source = state.source;
  const model = state.models.find(m => m.name === source.name);
  $('#model-description').textContent = source.kind === 'model' && model ? model.description + ' Source: ' + model.reference
    : source.kind === 'charges' ? 'Charges typed above (only the SM fields; no anomalons).'
      : 'Model file ' + source.fileName + '.';
}

function renderAnomalies(data) {
  $('#model-name').textContent = data.model;
  const status = el('p', { class: 'status ' + (data.anomaly_free ? 'ok' : 'fails') },
    data.anomaly_free ? 'Anomaly free.' : 'Anomalous: the failing conditions need anomalons or SM singlets.');
  const traces = table(['', 'value'], [
    ['a_{B+L} (P0 eq. 2.7)', data.alpha_BL ?? 'n/a (not a vector current)'],
    ['A_XWW (P0 eq. 3.2)', data.A_XWW], ['A_XYY', data.A_XYY], ['C_WW (P2 eq. 8)', data.C_WW], ['C_BB', data.C_BB],
  ].map(([name, value]) => el('tr', {}, el('td', {}, name), el('td', { 'data-trace': name.split(' ')[0] }, value))));
  const conditions = Object.entries(data.conditions).map(([name, value]) => el('tr', {},
    el('td', {}, name), el('td', {}, value), el('td', { class: value === '0' ? 'ok' : 'fails' }, value === '0' ? 'ok' : 'fails')));
  conditions.push(el('tr', {}, el('td', {}, 'Witten'), el('td', {}, data.witten_count),
    el('td', { class: data.witten_count % 2 === 0 ? 'ok' : 'fails' }, data.witten_count % 2 === 0 ? 'ok (even)' : 'fails (odd)')));
  const box = $('#anomalies');
  box.replaceChildren(status, traces, el('p', {}), table(['condition', 'coefficient', 'status'], conditions));
  box.classList.remove('stale');
}

// ---------- limits ----------

function refreshLimits() {
  const options = { points: MASS_POINTS, projections: $('#projections').checked };
  setStale('#limits-panel .plot-area', true);
  lanes.limits(signal => command('limits', options, signal), result => {
    $('#limits-error').textContent = result.ok ? '' : result.error;
    if (!result.ok) return;
    state.limits = result.data;
    for (const entry of result.data.limits) {
      if (!state.seen.has(entry.id)) {
        state.seen.add(entry.id);
        if (entry.plot_by_default === false) state.hidden.add(entry.id);
      }
      if (!state.colours.has(entry.id)) state.colours.set(entry.id, COLOURS[state.colours.size % COLOURS.length]);
    }
    if (!state.zoomed) state.view = defaultView();
    $('#limits-quantity').textContent = result.data.quantity === 'gx' ? 'g_X' : result.data.quantity;
    renderLegend();
    renderLimits();
    $('#limits-notes').replaceChildren(...result.data.notes.map(note => el('li', {}, note)));
    setStale('#limits-panel .plot-area', false);
  });
}

const PLOT = { width: 760, height: 470, left: 66, right: 14, top: 12, bottom: 46 };
const plotWidth = () => PLOT.width - PLOT.left - PLOT.right;
const plotHeight = () => PLOT.height - PLOT.top - PLOT.bottom;

function visibleEntries() {
  return state.limits ? state.limits.limits.filter(entry => !state.hidden.has(entry.id)) : [];
}

function finite(values) {
  return values.filter(v => v !== null && v > 0 && Number.isFinite(v));
}

/** The command line's figure range: decades spanning the limits shown, at most 9 below the top. */
function defaultView() {
  const masses = state.limits.masses_GeV;
  const values = visibleEntries().flatMap(entry => finite(entry.values));
  let y0 = -6;
  let y1 = 0;
  if (values.length) {
    const low = Math.min(...values);
    const high = Math.max(...values);
    y1 = Math.ceil(Math.log10(Math.min(high, 10)));
    y0 = Math.max(Math.floor(Math.log10(low) - 0.5), y1 - 9);
  }
  return { x0: Math.log10(masses[0]), x1: Math.log10(masses[masses.length - 1]), y0, y1 };
}

function scales() {
  const v = state.view;
  return {
    x: m => PLOT.left + (Math.log10(m) - v.x0) / (v.x1 - v.x0) * plotWidth(),
    y: g => PLOT.top + (v.y1 - Math.log10(g)) / (v.y1 - v.y0) * plotHeight(),
  };
}

/** SVG path of a curve with gaps where there is no value. */
function linePath(masses, values, sx, sy) {
  let path = '';
  let pen = false;
  values.forEach((value, i) => {
    if (value === null || !(value > 0)) { pen = false; return; }
    path += (pen ? 'L' : 'M') + sx(masses[i]).toFixed(1) + ',' + sy(value).toFixed(1);
    pen = true;
  });
  return path;
}

/** Closed path of the region between {@code lower} and {@code upper} (upper null: the top of the plot). */
function regionPath(masses, lower, upper, sx, sy) {
  let path = '';
  let run = [];
  const flush = () => {
    if (run.length > 1) {
      const top = run.map(i => [sx(masses[i]), upper ? sy(upper[i]) : PLOT.top - 5]).reverse();
      const bottom = run.map(i => [sx(masses[i]), sy(lower[i])]);
      path += 'M' + bottom.concat(top).map(([x, y]) => x.toFixed(1) + ',' + y.toFixed(1)).join('L') + 'Z';
    }
    run = [];
  };
  lower.forEach((value, i) => {
    const ok = value !== null && value > 0 && (!upper || (upper[i] !== null && upper[i] > 0));
    if (ok) run.push(i); else flush();
  });
  flush();
  return path;
}

function logTicks(from, to) {
  const ticks = [];
  const span = to - from;
  for (let k = Math.floor(from); k <= Math.ceil(to); k++) {
    for (const mantissa of span < 2.5 ? [1, 2, 5] : [1]) {
      const log = k + Math.log10(mantissa);
      if (log >= from - 1e-9 && log <= to + 1e-9) ticks.push({ log, mantissa, exponent: k });
    }
  }
  return ticks;
}

function tickLabel(tick, attributes) {
  const label = svgEl('text', attributes);
  if (tick.mantissa !== 1) {
    label.textContent = num(tick.mantissa * Math.pow(10, tick.exponent), 2);
    return label;
  }
  label.append(document.createTextNode('10'));
  label.append(svgEl('tspan', { dy: '-5', 'font-size': '8.5' }, String(tick.exponent)));
  return label;
}

function renderLimits() {
  const svg = $('#limits-plot');
  svg.replaceChildren();
  if (!state.limits) return;
  const data = state.limits;
  const masses = data.masses_GeV;
  const v = state.view;
  const { x: sx, y: sy } = scales();
  const defs = svgEl('defs');
  const clip = svgEl('clipPath', { id: 'plot-clip' });
  clip.append(svgEl('rect', { x: PLOT.left, y: PLOT.top, width: plotWidth(), height: plotHeight() }));
  defs.append(clip);
  svg.append(defs);

  const grid = svgEl('g', { class: 'grid' });
  const axes = svgEl('g', { class: 'axis' });
  const bottom = PLOT.top + plotHeight();
  for (const tick of logTicks(v.x0, v.x1)) {
    const x = PLOT.left + (tick.log - v.x0) / (v.x1 - v.x0) * plotWidth();
    grid.append(svgEl('line', { x1: x, x2: x, y1: PLOT.top, y2: bottom }));
    axes.append(svgEl('line', { x1: x, x2: x, y1: bottom, y2: bottom + 5 }));
    axes.append(tickLabel(tick, { x, y: bottom + 18, 'text-anchor': 'middle' }));
  }
  for (const tick of logTicks(v.y0, v.y1)) {
    const y = PLOT.top + (v.y1 - tick.log) / (v.y1 - v.y0) * plotHeight();
    grid.append(svgEl('line', { x1: PLOT.left, x2: PLOT.left + plotWidth(), y1: y, y2: y }));
    axes.append(svgEl('line', { x1: PLOT.left - 5, x2: PLOT.left, y1: y, y2: y }));
    axes.append(tickLabel(tick, { x: PLOT.left - 8, y: y + 4, 'text-anchor': 'end' }));
  }
  axes.append(svgEl('rect', { x: PLOT.left, y: PLOT.top, width: plotWidth(), height: plotHeight(), fill: 'none', stroke: '#333' }));
  svg.append(grid);

  const layer = svgEl('g', { 'clip-path': 'url(#plot-clip)' });
  const shown = visibleEntries();
  // Excluded region: above the strongest current (not projected) limit shown.
  const envelope = masses.map((_, i) => {
    const values = shown.filter(e => e.kind !== 'projection').map(e => e.values[i]).filter(x => x !== null && x > 0);
    return values.length ? Math.min(...values) : null;
  });
  layer.append(svgEl('path', { d: regionPath(masses, envelope, null, sx, sy), fill: '#0b5394', 'fill-opacity': 0.08, class: 'excluded' }));
  if ($('#uv-lines').checked && data.uv_lines) {
    for (const band of data.uv_lines.naturalness || []) {
      const opacity = Math.max(0.08, 0.3 - 0.07 * Math.log10(band.delta));
      layer.append(svgEl('path', { d: regionPath(masses, band.lower_y1, band.upper_y_sqrt4pi, sx, sy), fill: '#7f7f7f',
        'fill-opacity': opacity, class: 'uv-band' }));
    }
    for (const line of data.uv_lines.direct_search || []) {
      layer.append(svgEl('path', { d: linePath(masses, line.values, sx, sy), class: 'curve uv-line', stroke: UV_COLOUR,
        'stroke-width': 2, 'stroke-dasharray': line.yukawa > 1 ? 'none' : '2 3' }));
    }
  }
  for (const entry of shown) {
    layer.append(svgEl('path', { d: linePath(masses, entry.values, sx, sy), stroke: state.colours.get(entry.id),
      class: 'curve' + (entry.kind === 'projection' ? ' projection' : ''), 'data-id': entry.id }));
  }
  svg.append(layer, axes);
  svg.dataset.model = data.model;
  svg.dataset.view = [v.x0, v.x1, v.y0, v.y1].map(x => x.toFixed(3)).join(',');
  svg.append(svgEl('text', { class: 'label', x: PLOT.left + plotWidth() / 2, y: PLOT.height - 6, 'text-anchor': 'middle' }, 'm_X [GeV]'));
  svg.append(svgEl('text', { class: 'label', x: 14, y: PLOT.top + plotHeight() / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 14 ${PLOT.top + plotHeight() / 2})` }, data.quantity === 'gx' ? 'g_X (90% CL upper limit)' : 'g_X |A_XWW|'));
}

function renderLegend() {
  const items = state.limits.limits.map(entry => {
    const box = el('input', { type: 'checkbox', id: 'entry-' + entry.id, 'data-id': entry.id });
    box.checked = !state.hidden.has(entry.id);
    box.addEventListener('change', () => {
      if (box.checked) state.hidden.delete(entry.id); else state.hidden.add(entry.id);
      renderLimits();
    });
    const hasLimit = finite(entry.values).length > 0;
    const label = el('label', { for: 'entry-' + entry.id, title: entry.experiment + ' · ' + entry.reference },
      entry.id, hasLimit ? '' : el('span', { class: 'none' }, ' (no limit here)'));
    const swatch = el('span', { class: 'swatch' + (entry.kind === 'projection' ? ' projection' : '') });
    swatch.style.borderTopColor = state.colours.get(entry.id);
    return el('li', {}, box, swatch, label);
  });
  if (state.limits.uv_lines) {
    const direct = (dash, text) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.borderTop = `3px ${dash} ${UV_COLOUR}`;
      return el('li', { class: 'uv-legend' }, swatch, text);
    };
    const band = el('span', { class: 'swatch band' });
    items.push(direct('dotted', 'm_Ψ > 100 GeV, y = 1'), direct('solid', 'm_Ψ > 100 GeV, y = √(4π)'),
      el('li', { class: 'uv-legend' }, band, 'm_Ψ < √Δ TeV, Δ = 10, 100, 1000 (darker: milder tuning)'));
  }
  $('#legend').replaceChildren(...items);
}

function svgPoint(svg, event) {
  const point = svg.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  return point.matrixTransform(svg.getScreenCTM().inverse());
}

function insidePlot(p) {
  return p.x >= PLOT.left && p.x <= PLOT.left + plotWidth() && p.y >= PLOT.top && p.y <= PLOT.top + plotHeight();
}

/** The shown entry whose curve passes closest to the pointer (within 14 px), at the nearest grid mass. */
function nearestEntry(p) {
  const masses = state.limits.masses_GeV;
  const v = state.view;
  const logMass = v.x0 + (p.x - PLOT.left) / plotWidth() * (v.x1 - v.x0);
  let index = 0;
  for (let i = 1; i < masses.length; i++) {
    if (Math.abs(Math.log10(masses[i]) - logMass) < Math.abs(Math.log10(masses[index]) - logMass)) index = i;
  }
  const { y: sy } = scales();
  let best = null;
  for (const entry of visibleEntries()) {
    const value = entry.values[index];
    if (value === null || !(value > 0)) continue;
    const distance = Math.abs(sy(value) - p.y);
    if (distance < 14 && (!best || distance < best.distance)) best = { entry, value, mass: masses[index], distance };
  }
  return best;
}

function showTooltip(hit, event) {
  const tooltip = $('#tooltip');
  document.querySelectorAll('#limits-plot .curve.hover').forEach(c => c.classList.remove('hover'));
  if (!hit) { tooltip.hidden = true; return; }
  const curve = document.querySelector(`#limits-plot .curve[data-id="${CSS.escape(hit.entry.id)}"]`);
  if (curve) curve.classList.add('hover');
  tooltip.replaceChildren(el('b', {}, hit.entry.id), el('br'), `${hit.entry.experiment} · ${hit.entry.channel} · ${hit.entry.kind}`,
    el('br'), hit.entry.reference, el('br'), `m_X = ${num(hit.mass)} GeV: g_X < ${num(hit.value, 3)}`);
  tooltip.hidden = false;
  const area = $('.plot-area').getBoundingClientRect();
  const left = event.clientX - area.left + 14;
  tooltip.style.left = Math.min(left, area.width - tooltip.offsetWidth - 4) + 'px';
  tooltip.style.top = (event.clientY - area.top + 14) + 'px';
}

function installPlotControls() {
  const svg = $('#limits-plot');
  let drag = null;
  svg.addEventListener('wheel', event => {
    if (!state.view) return;
    const p = svgPoint(svg, event);
    if (!insidePlot(p)) return;
    event.preventDefault();
    const factor = event.deltaY < 0 ? 1 / 1.25 : 1.25;
    const v = state.view;
    const px = v.x0 + (p.x - PLOT.left) / plotWidth() * (v.x1 - v.x0);
    const py = v.y1 - (p.y - PLOT.top) / plotHeight() * (v.y1 - v.y0);
    state.view = { x0: px - (px - v.x0) * factor, x1: px + (v.x1 - px) * factor, y0: py - (py - v.y0) * factor, y1: py + (v.y1 - py) * factor };
    state.zoomed = true;
    renderLimits();
  }, { passive: false });
  svg.addEventListener('pointerdown', event => {
    if (!state.view) return;
    drag = { start: svgPoint(svg, event), view: { ...state.view } };
    svg.setPointerCapture(event.pointerId);
    svg.classList.add('dragging');
  });
  svg.addEventListener('pointermove', event => {
    if (!state.limits) return;
    const p = svgPoint(svg, event);
    if (drag) {
      const v = drag.view;
      const dx = (p.x - drag.start.x) / plotWidth() * (v.x1 - v.x0);
      const dy = (p.y - drag.start.y) / plotHeight() * (v.y1 - v.y0);
      if (Math.abs(dx) + Math.abs(dy) > 0) {
        state.view = { x0: v.x0 - dx, x1: v.x1 - dx, y0: v.y0 + dy, y1: v.y1 + dy };
        state.zoomed = true;
        renderLimits();
      }
      return;
    }
    showTooltip(insidePlot(p) ? nearestEntry(p) : null, event);
  });
  const endDrag = () => { drag = null; svg.classList.remove('dragging'); };
  svg.addEventListener('pointerup', endDrag);
  svg.addEventListener('pointercancel', endDrag);
  svg.addEventListener('pointerleave', () => showTooltip(null));
  svg.addEventListener('dblclick', resetZoom);
  $('#reset-zoom').addEventListener('click', resetZoom);
  $('#projections').addEventListener('change', refreshLimits);
  $('#uv-lines').addEventListener('change', renderLimits);
}

function resetZoom() {
  if (!state.limits) return;
  state.zoomed = false;
  state.view = defaultView();
  renderLimits();
}

// ---------- fit ----------

function refreshFit() {
  setStale('#fit, #fit-plot', true);
  lanes.fit(signal => command('fit', {}, signal), result => {
    setStale('#fit, #fit-plot', false);
    if (!result.ok) {
      state.fit = null;
      $('#fit').replaceChildren(el('p', { class: 'error' }, result.error));
      $('#fit-plot').replaceChildren();
      return;
    }
    state.fit = result.data;
    renderFit(result.data);
  });
}

function renderFit(fit) {
  const numbers = table(['', ''], [
    ['best-fit g_X', num(fit.best_fit_gx)],
    ['1σ interval', `${num(fit.gx_interval_1sigma[0])} – ${num(fit.gx_interval_1sigma[1])}`],
    ['preference over the SM', `${num(fit.significance_sigma, 3)}σ (Δχ² = ${num(fit.delta_chi2_sm, 3)})`],
    ['χ²_min / χ²_SM', `${num(fit.chi2_min, 3)} / ${num(fit.chi2_sm, 3)}`],
    ['m_X, data', `${num(fit.mx_GeV)} GeV, ${fit.likelihood.data}`],
    ['BR(X → invisible)', num(fit.BR_X_invisible, 3)],
  ].map(([name, value]) => el('tr', {}, el('td', {}, name), el('td', { 'data-fit': name }, value))));
  numbers.classList.add('numbers');
  const predictions = Object.entries(fit.predictions).map(([name, p]) => el('tr', {}, el('td', {}, name),
    el('td', {}, p.closed ? 'closed' : num(p.value, 3)),
    el('td', {}, p.closed ? '' : `${num(p.interval_1sigma[0], 3)} – ${p.interval_1sigma[1] === null ? '∞' : num(p.interval_1sigma[1], 3)}`)));
  $('#fit').replaceChildren(numbers, el('p', {}), table(['prediction at the best fit', 'value', '1σ'], predictions));
  renderProfile(fit);
}

function linearTicks(min, max, count) {
  const step = Math.pow(10, Math.floor(Math.log10((max - min) / count)));
  const multiple = [1, 2, 5, 10].find(m => (max - min) / (m * step) <= count) * step;
  const ticks = [];
  for (let t = Math.ceil(min / multiple) * multiple; t <= max + 1e-12; t += multiple) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Δχ² = χ²(g_X) − χ²_min along the profile, with the 1σ interval (P0 Fig. 2 right, as a difference to the minimum). */
function renderProfile(fit) {
  const svg = $('#fit-plot');
  svg.replaceChildren();
  const box = { width: 420, height: 260, left: 50, right: 12, top: 10, bottom: 40 };
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  const points = fit.chi2_profile.map(([g, chi2]) => [g, chi2 - fit.chi2_min]);
  const xMax = points[points.length - 1][0];
  const yMax = Math.max(...points.map(p => p[1])) * 1.05 || 1;
  const sx = g => box.left + g / xMax * w;
  const sy = d => box.top + h - Math.min(d, yMax) / yMax * h;
  const axis = svgEl('g', { class: 'axis' });
  for (const t of linearTicks(0, xMax, 5)) {
    svg.append(svgEl('line', { x1: sx(t), x2: sx(t), y1: box.top, y2: box.top + h, stroke: '#eee' }));
    axis.append(svgEl('text', { x: sx(t), y: box.top + h + 16, 'text-anchor': 'middle' }, num(t, 2)));
  }
  for (const t of linearTicks(0, yMax, 5)) {
    svg.append(svgEl('line', { x1: box.left, x2: box.left + w, y1: sy(t), y2: sy(t), stroke: '#eee' }));
    axis.append(svgEl('text', { x: box.left - 6, y: sy(t) + 4, 'text-anchor': 'end' }, num(t, 2)));
  }
  const [lo, hi] = fit.gx_interval_1sigma;
  svg.append(svgEl('rect', { x: sx(lo), y: box.top, width: Math.max(1, sx(hi) - sx(lo)), height: h, fill: '#0b5394', 'fill-opacity': 0.12 }));
  svg.append(svgEl('line', { x1: box.left, x2: box.left + w, y1: sy(1), y2: sy(1), stroke: '#888', 'stroke-dasharray': '4 3' }));
  svg.append(svgEl('path', { d: 'M' + points.map(([g, d]) => sx(g).toFixed(1) + ',' + sy(d).toFixed(1)).join('L'),
    fill: 'none', stroke: '#D55E00', 'stroke-width': 2, class: 'profile' }));
  svg.append(svgEl('line', { x1: sx(fit.best_fit_gx), x2: sx(fit.best_fit_gx), y1: box.top, y2: box.top + h, stroke: '#D55E00', 'stroke-dasharray': '2 2' }));
  axis.append(svgEl('rect', { x: box.left, y: box.top, width: w, height: h, fill: 'none', stroke: '#333' }));
  svg.append(axis);
  svg.append(svgEl('text', { class: 'label', x: box.left + w / 2, y: box.height - 4, 'text-anchor': 'middle' },
    `g_X   (best fit ${num(fit.best_fit_gx, 3)}, band: 1σ)`));
  svg.append(svgEl('text', { class: 'label', x: 12, y: box.top + h / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${box.top + h / 2})` },
    'χ² − χ²_min'));
}

// ---------- rates ----------

function point() {
  return { mx: $('#mx').value, gx: $('#gx').value };
}

function refreshRates() {
  setStale('#rates', true);
  lanes.rates(signal => command('rates', point(), signal), result => {
    setStale('#rates', false);
    $('#rates-error').textContent = result.ok ? '' : result.error;
    if (result.ok) renderRates(result.data);
  });
}

function renderRates(rates) {
  const rows = Object.entries(rates.branching_ratios).map(([channel, br]) => {
    if (br === null) {
      return el('tr', { 'data-channel': channel }, el('td', {}, channel), el('td', { colspan: 3, class: 'closed' }, 'closed'));
    }
    const validity = rates.validity[channel];
    return el('tr', { 'data-channel': channel }, el('td', {}, channel), el('td', { class: br > 1 ? 'br unphysical' : 'br' }, num(br, 4)),
      el('td', {}, rates.branching_ratio_errors[channel] ? num(rates.branching_ratio_errors[channel], 2) : '–'),
      el('td', { title: 'm_X²/m_P²: relative size of the neglected corrections' }, num(validity, 3) + (validity > 0.1 ? ' *' : '')));
  });
  const decays = rates.x_decays;
  const summary = table(['X decays', ''], [
    ['BR(X → invisible)', decays.BR_invisible === null ? 'not computed' : num(decays.BR_invisible, 3) + (decays.BR_invisible_is_upper_bound ? ' (upper bound)' : '')],
    ['total width', decays.width_GeV === null ? '–' : num(decays.width_GeV, 3) + ' GeV'],
    ['lifetime', decays.lifetime_s === null ? '–' : num(decays.lifetime_s, 3) + ' s'],
    ['Smith–Tait term', rates.smith_tait.included ? 'included' : 'not included'],
  ].map(([name, value]) => el('tr', {}, el('td', {}, name), el('td', {}, value))));
  $('#rates').replaceChildren(table(['channel', 'BR', '± (FF)', 'm_X²/m_P²'], rows),
    el('p', { class: 'hint' }, '* m_X²/m_P² > 0.1: the equivalence-theorem rate has corrections of this relative size.'),
    Object.values(rates.branching_ratios).some(br => br > 1)
      ? el('p', { class: 'error' }, 'A branching ratio above 1 (red) is no prediction: the partial width exceeds the meson\'s width, so g_X this large is far outside the validity of the rate formula.')
      : '', summary);
}

function installSliders() {
  const later = debounce(refreshRates, 120);
  for (const name of ['mx', 'gx']) {
    const slider = $(`#${name}-slider`);
    const field = $(`#${name}`);
    slider.addEventListener('input', () => { field.value = Number(Math.pow(10, slider.value).toPrecision(4)); later(); });
    field.addEventListener('input', () => {
      if (field.value > 0) slider.value = Math.log10(field.value);
      later();
    });
  }
}

// ---------- spectra ----------

function refreshSpectra() {
  setStale('#spectra', true);
  lanes.spectra(signal => command('spectra', {}, signal), result => {
    setStale('#spectra', false);
    if (!result.ok) {
      $('#spectra-alpha').textContent = '';
      $('#spectra').replaceChildren(el('p', { class: 'error' }, result.error));
      return;
    }
    const data = result.data;
    $('#spectra-alpha').textContent = '= ' + data.alpha_BL + ` (N_Ψ = ${data.npsi}; ${data.spectra_found} anomaly-free spectra, ${data.solutions.length} pass all criteria)`;
    const rows = data.solutions.map((s, i) => el('tr', {}, el('td', {}, i + 1), el('td', {}, s.family),
      el('td', { class: 'fields' }, s.fields.map(f => `${f.kind}(${f.n}, ${f.Y}, ${f.X})`).join('  ')),
      el('td', {}, s.X_S_over_3alpha), el('td', {}, s.naturalness_TeV.toFixed(1)), el('td', {}, s.neutral_lp ? s.neutral_lp_mechanism : 'no'),
      el('td', {}, s.viable ? 'yes' : 'no')));
    $('#spectra').replaceChildren(table(['#', 'family', 'fields: kind(n, Y, X)', 'X_S/(3a)', 'M_max [TeV]', 'neutral LP', 'viable'], rows));
  });
}

// ---------- downloads ----------

function saveBlob(blob, name) {
  const link = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/** Options of a download, so that the file shows what the page shows. */
function downloadOptions(name) {
  if (name.startsWith('limits')) {
    return { points: MASS_POINTS, projections: $('#projections').checked,
      entries: state.limits ? visibleEntries().map(e => e.id).join(',') : undefined };
  }
  return name.startsWith('rates') ? point() : {};
}

async function download(path, options, fileName, errorBox) {
  busy(1);
  try {
    const response = await request(path, options);
    if (!response.ok) {
      errorBox.textContent = (await response.json()).error;
      return;
    }
    errorBox.textContent = '';
    saveBlob(await response.blob(), fileName);
  } catch (error) {
    errorBox.textContent = 'anomalon serve: ' + error.message;
  } finally {
    busy(-1);
  }
}

function installDownloads() {
  document.addEventListener('click', event => {
    const link = event.target.closest('a[data-download], a[data-table]');
    if (!link) return;
    event.preventDefault();
    const panel = link.closest('section');
    const errorBox = (panel && panel.querySelector('.error')) || $('#limits-error');
    if (link.dataset.download) {
      const name = link.dataset.download;
      download('/download/' + name, downloadOptions(name), 'anomalon-' + name, errorBox);
    } else {
      const table = link.dataset.table;
      const options = { ...downloadOptions(table), format: link.dataset.format };
      delete options.entries;
      download('/api/' + table, options, `anomalon-${table}.${link.dataset.format}`, errorBox);
    }
  });
}

// ---------- start ----------

function installModelControls() {
  const select = $('#builtin');
  const charges = $('#charges');
  const upload = $('#upload');
  select.addEventListener('change', () => {
    charges.value = '';
    upload.value = '';
    state.source = { kind: 'model', name: select.value };
    describeSource();
    refresh();
  });
  charges.addEventListener('input', debounce(() => {
    const text = charges.value.trim();
    upload.value = '';
    state.source = text ? { kind: 'charges', text } : { kind: 'model', name: select.value };
    describeSource();
    refresh();
  }, 250));
  upload.addEventListener('change', async () => {
    const file = upload.files[0];
    if (!file) return;
    charges.value = '';
    state.source = { kind: 'upload', fileName: file.name, text: await file.text() };
    describeSource();
    refresh();
  });
}

async function start() {
  installModelControls();
  installPlotControls();
  installSliders();
  installDownloads();
  const response = await fetch('/api/models');
  state.models = await response.json();
  const select = $('#builtin');
  for (const model of state.models) {
    const option = el('option', { value: model.name }, model.name + (model.default ? ' (default)' : ''));
    if (model.default) option.selected = true;
    select.append(option);
  }
  state.source = { kind: 'model', name: select.value };
  describeSource();
  refresh();
}

start();
