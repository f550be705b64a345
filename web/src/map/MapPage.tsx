// The map: country shapes from world-atlas drawn as a GeoJSON layer (no tile server, works
// offline), geocoded places as grid-clustered circles; a click lists the place's documents and events.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Map as LeafletMap } from 'leaflet';
import { workbench, type MapPlace } from '../api/workbench.ts';
import { gridCluster } from './grid-cluster.ts';
import { PlaceDetail, PlaceList } from './PlaceList.tsx';
import 'leaflet/dist/leaflet.css';

const CELL = 48;
const CHOSEN_SHOWN = 8;

export function MapPage() {
  const host = useRef<HTMLDivElement>(null);
  const [places, setPlaces] = useState<MapPlace[] | null>(null);
  const [chosen, setChosen] = useState<MapPlace[]>([]);
  const [error, setError] = useState('');

  useEffect(() => {
    let map: LeafletMap | null = null;
    void Promise.all([import('leaflet'), import('topojson-client'), import('world-atlas/countries-110m.json'), workbench.places()])
      .then(([L, topo, atlas, data]) => {
        if (!host.current) return;
        const world = atlas.default as unknown as Parameters<typeof topo.feature>[0];
        const countries = topo.feature(world, (world as unknown as { objects: { countries: Parameters<typeof topo.feature>[1] } }).objects.countries);
        map = L.map(host.current, { worldCopyJump: true, minZoom: 2, maxZoom: 10, zoomSnap: 0.5, attributionControl: false, keyboard: true }).setView([45, 60], 3);
        L.geoJSON(countries, { style: { color: '#9aa5b8', weight: 0.6, fillColor: '#e7ebf1', fillOpacity: 1 }, interactive: false }).addTo(map);
        const layer = L.layerGroup().addTo(map);
        const draw = () => {
          if (!map) return;
          const m = map;
          layer.clearLayers();
          const points = data.items.map((p) => ({ ...m.latLngToLayerPoint([p.lat, p.lon]), id: p.id, place: p }));
          for (const c of gridCluster(points, CELL)) {
            const count = c.members.length;
            const at = m.layerPointToLatLng([c.x, c.y]);
            const weight = c.members.reduce((s, p) => s + p.place.documents.length, 0);
            L.circleMarker(at, { radius: count > 1 ? 10 + Math.min(14, count * 2) : 7, color: '#1d4380', weight: 1.5, fillColor: count > 1 ? '#2a5db0' : '#f2b640', fillOpacity: 0.85 })
              .bindTooltip(count > 1 ? `${count} places · ${weight} document mentions` : `${c.members[0]?.place.name ?? ''}`)
              .on('click', () => setChosen(c.members.map((p) => p.place)))
              .addTo(layer);
          }
        };
        map.on('zoomend', draw);
        draw();
        setPlaces(data.items);
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
    return () => { map?.remove(); };
  }, []);

  return (
    <section class="page map-page" aria-labelledby="map-heading">
      <h1 id="map-heading" class="page-title">Map</h1>
      <p class="result-count" role="status">{error || (places ? `${places.length} geocoded places` : 'Loading places…')}</p>
      <div class="map-layout">
        <div ref={host} class="map-canvas" data-state={places ? 'ready' : 'loading'} role="region" aria-label="Map of geocoded places" />
        <aside class="map-panel" aria-label="Places">
          {chosen.length === 0 && places && <PlaceList places={places} onChoose={(p) => setChosen([p])} />}
          {chosen.length > 0 && (
            <>
              <button type="button" class="link-button" onClick={() => setChosen([])}>← All places</button>
              {chosen.length > CHOSEN_SHOWN && <p class="muted">{chosen.length} places here; the {CHOSEN_SHOWN} most mentioned are shown. Zoom in to separate them.</p>}
              {[...chosen].sort((a, b) => b.documents.length - a.documents.length).slice(0, CHOSEN_SHOWN).map((p) => <PlaceDetail key={p.id} place={p} />)}
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
