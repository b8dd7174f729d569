// Progressive enhancements. Every page works without this script; it adds the map, suggestions while
// typing, "use my location" and the print button.
type Marker = { id: string; name: string; lat: number; lon: number; href?: string };
type MapData = { markers?: Marker[]; areas?: { code: string; name: string; boundary: GeoJSON.Geometry; href?: string }[]; tiles: string; attribution: string; origin?: { lat: number; lon: number } | null };

function readData(): MapData | null {
  const el = document.getElementById('map-data');
  if (!el?.textContent) return null;
  try { return JSON.parse(el.textContent) as MapData; } catch { return null; }
}

async function initMap() {
  const container = document.querySelector<HTMLElement>('#results-map, #service-map, #district-map');
  const data = readData();
  if (!container || !data) return;
  const L = (await import('leaflet')).default;
  if (!document.querySelector('link[data-leaflet]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/assets/leaflet/leaflet.css';
    link.dataset.leaflet = '1';
    document.head.appendChild(link);
  }
  container.hidden = false;
  const map = L.map(container, { scrollWheelZoom: false });
  L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 19 }).addTo(map);
  // Layers go onto the map only once it has a view: Leaflet cannot draw vector layers on a map without one.
  const bounds = L.latLngBounds([]);
  const layers: L.Layer[] = [];
  for (const area of data.areas ?? []) {
    const layer = L.geoJSON(area.boundary as GeoJSON.GeoJsonObject, { style: { color: '#1f3a93', weight: 2, fillOpacity: 0.08 } });
    layer.bindTooltip(area.name);
    if (area.href && (data.areas?.length ?? 0) > 1) layer.on('click', () => { window.location.href = area.href!; });
    bounds.extend(layer.getBounds());
    layers.push(layer);
  }
  for (const m of data.markers ?? []) {
    const marker = L.circleMarker([m.lat, m.lon], { radius: 7, color: '#1f3a93', fillColor: '#3d5fd0', fillOpacity: 0.9 });
    const label = document.createElement(m.href ? 'a' : 'span');
    label.textContent = m.name;
    if (m.href && label instanceof HTMLAnchorElement) label.href = m.href;
    marker.bindPopup(label);
    bounds.extend([m.lat, m.lon]);
    layers.push(marker);
  }
  if (data.origin) bounds.extend([data.origin.lat, data.origin.lon]);
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
  else map.setView([51.16, 10.45], 6);
  for (const layer of layers) layer.addTo(map);
}

function initSuggest() {
  const input = document.querySelector<HTMLInputElement>('input[data-suggest]');
  if (!input) return;
  const list = document.createElement('ul');
  list.className = 'suggest-list';
  list.id = `${input.id}-suggestions`;
  list.setAttribute('role', 'listbox');
  list.hidden = true;
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  let timer: number | undefined;
  let active = -1;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const choose = (text: string) => { input.value = text; close(); input.form?.requestSubmit(); };
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (q.length < 2) return close();
      const res = await fetch(`${input.dataset.suggest}?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' } }).catch(() => null);
      if (!res?.ok) return close();
      const { suggestions } = (await res.json()) as { suggestions: string[] };
      list.replaceChildren(...suggestions.map((s, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.textContent = s;
        li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(s); });
        return li;
      }));
      list.hidden = suggestions.length === 0;
      input.setAttribute('aria-expanded', String(!list.hidden));
      active = -1;
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    const items = [...list.querySelectorAll('li')];
    if (list.hidden || !items.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
      items.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
      input.setAttribute('aria-activedescendant', items[active].id);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(items[active].textContent ?? '');
    } else if (e.key === 'Escape') close();
  });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
}

function initLocate() {
  const button = document.querySelector<HTMLButtonElement>('[data-locate]');
  if (!button || !('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.geolocation.getCurrentPosition((pos) => {
      const form = button.closest('form')!;
      for (const [name, value] of [['lat', pos.coords.latitude.toFixed(5)], ['lon', pos.coords.longitude.toFixed(5)], ['sort', 'entfernung']]) {
        const hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = name;
        hidden.value = value;
        form.appendChild(hidden);
      }
      const where = form.querySelector<HTMLInputElement>('input[name="ort"]');
      if (where) where.value = '';
      form.requestSubmit();
    });
  });
}

function initPrint() {
  const button = document.querySelector<HTMLButtonElement>('[data-print]');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

initSuggest();
initLocate();
initPrint();
void initMap();
