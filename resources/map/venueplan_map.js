/* Venueplan's side of a map page: it labels the features folium drew, shows the notes and
   the legend, watches the background tiles, handles placing, dragging and drawing, and
   reports to the app through QWebChannel (when the page runs inside the app).
   All texts from the app are written with textContent: they are never parsed as HTML. */
(function () {
  "use strict";

  var MARKER_KINDS = { venue: true, entrance: true, stop: true };
  var VP = {
    map: null, config: {}, layers: {}, mode: "idle", target: null,
    draft: [], draftLayers: [], pending: null, zoneHandles: [], selectedZone: null,
    bridge: null, outbox: [], sent: [], elements: {}, updates: 0,
    tiles: { loaded: 0, failed: 0, answered: false }
  };
  window.VP = VP;
  // folium creates each marker with Leaflet's default image icon before giving it ours;
  // a div icon as the default means no marker image is ever requested.
  L.Marker.prototype.options.icon = L.divIcon({ className: "vp-marker-default", iconSize: [1, 1] });

  function key(kind, index) { return kind + ":" + index; }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function show(node, visible) { if (node) { node.style.display = visible ? "" : "none"; } }

  function info(meta, withLines, compact) {
    var box = el("div", "vp-info");
    box.appendChild(el("div", "vp-info-title", meta.title));
    if (compact) {
      box.appendChild(el("div", "vp-info-line", (meta.lines || []).join(" · ")));
    } else if (withLines) {
      (meta.lines || []).forEach(function (line) { box.appendChild(el("div", "vp-info-line", line)); });
    }
    return box;
  }

  function bindInfo(entry) {
    var meta = entry.meta, layer = entry.layer;
    var full = VP.config.overview || meta.kind === "route";
    layer.unbindTooltip();
    layer.unbindPopup();
    if (VP.config.labels && MARKER_KINDS[meta.kind]) {
      layer.bindTooltip(info(meta, true, true), { permanent: true, direction: "right",
                                            offset: [12, -18], className: "vp-label" });
    } else {
      layer.bindTooltip(info(meta, full), MARKER_KINDS[meta.kind] ?
        { direction: "top", offset: [0, meta.kind === "venue" ? -30 : -10] } : { sticky: true });
    }
    layer.bindPopup(info(meta, true), { maxWidth: 280 });
  }

  // ---- messages to the app -------------------------------------------------------
  VP.post = function (message) {
    var text = JSON.stringify(message);
    VP.sent.push(message);
    if (VP.sent.length > 100) { VP.sent.shift(); }
    if (VP.bridge) { VP.bridge.post(text); } else if (VP.outbox.length < 100) { VP.outbox.push(text); }
  };

  function connect() {
    if (typeof QWebChannel !== "function" || typeof qt === "undefined" || !qt.webChannelTransport) {
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      VP.bridge = channel.objects.bridge || null;
      if (!VP.bridge) { return; }
      VP.outbox.splice(0).forEach(function (text) { VP.bridge.post(text); });
      VP.post({ type: "ready" });
    });
  }

  // ---- notes, legend, tiles ----------------------------------------------------
  function addControls() {
    var texts = VP.config.texts || {};
    // Metres only: folium's own scale control adds feet, which nobody here reads.
    L.control.scale({ imperial: false }).addTo(VP.map);
    var Notes = L.Control.extend({ options: { position: "topright" }, onAdd: function () {
      var box = el("div", "vp-notes");
      VP.elements.tilesNote = box.appendChild(el("div", "vp-note vp-note-tiles", texts.tilesUnavailable));
      show(VP.elements.tilesNote, false);
      (VP.config.notes || []).forEach(function (note) { box.appendChild(el("div", "vp-note", note)); });
      VP.elements.hint = box.appendChild(el("div", "vp-note vp-hint"));
      show(VP.elements.hint, false);
      L.DomEvent.disableClickPropagation(box);
      return box;
    } });
    new Notes().addTo(VP.map);
    var items = VP.config.legend || [];
    if (!items.length && !VP.config.heading) { return; }
    var Legend = L.Control.extend({ options: { position: "bottomright" }, onAdd: function () {
      var box = el("div", "vp-legend");
      if (VP.config.heading) { box.appendChild(el("div", "vp-legend-heading", VP.config.heading)); }
      items.forEach(function (item) {
        var row = box.appendChild(el("div", "vp-legend-row"));
        var swatch = row.appendChild(el("span", "vp-swatch vp-swatch-" + item.symbol));
        if (item.symbol === "zone") {
          swatch.classList.add("vp-swatch-zone-" + item.guests);
          swatch.style.borderColor = item.colour;
          swatch.style.backgroundColor = item.guests === "no" ? "transparent" : item.colour;
          if (item.guests === "no") {
            swatch.style.backgroundImage = "repeating-linear-gradient(45deg, " + item.colour +
              " 0 2px, transparent 2px 5px)";
          }
        }
        row.appendChild(el("span", "vp-legend-label", item.label));
      });
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    } });
    new Legend().addTo(VP.map);
  }

  function watchTiles(layer, timeout) {
    var note = VP.elements.tilesNote, batchFailed = 0;
    if (!layer) { show(note, true); return; }
    layer.on("loading", function () { batchFailed = 0; });
    layer.on("tileload", function () { VP.tiles.loaded += 1; VP.tiles.answered = true; });
    layer.on("tileerror", function () {
      VP.tiles.failed += 1; VP.tiles.answered = true; batchFailed += 1; show(note, true);
    });
    layer.on("load", function () { show(note, batchFailed > 0); });
    // A network that never answers gives no error either; say so after a while.
    window.setTimeout(function () { if (!VP.tiles.answered) { show(note, true); } }, timeout || 10000);
  }

  // A plain outline of Denmark under the tiles (overview only): seen when tiles are not.
  function addLand(land) {
    if (!land) { return; }
    var map = VP.map, pane = map.createPane("vp-land"), group = L.layerGroup();
    pane.style.zIndex = 150;  // below the tile pane (200)
    function rings(list, fill, line, credit) {
      list.forEach(function (ring, i) {
        group.addLayer(L.polygon(ring, { pane: "vp-land", interactive: false, className: "vp-land",
          color: line, weight: 1, fillColor: fill, fillOpacity: 1,
          attribution: i === 0 ? credit : undefined }));
      });
    }
    rings(land.neighbours || [], "#e9e6dc", "#c8c3b4", null);
    rings(land.denmark || [], "#f8f6ef", "#aaa592", land.credit);
    function toggle() {
      // The outline is coarse (about 400 m); close up it would mislead more than help.
      var on = map.getZoom() < 12;
      if (on && !map.hasLayer(group)) { group.addTo(map); }
      if (!on && map.hasLayer(group)) { map.removeLayer(group); }
      map.getContainer().classList.toggle("vp-has-land", on);
    }
    map.on("zoomend", toggle);
    toggle();
  }

  // The venue's stored surroundings (streets, paths, railway, buildings, water, parks)
  // under the tiles, like the land: they show wherever the background tiles do not.
  var STREET_STYLE = {
    water: ["#b9d3e6", 0], park: ["#d4e6c3", 0], parking: ["#e4e2dc", 0],
    building: ["#dcd5c9", 1], platform: ["#c9c5bd", 0]
  };
  function addStreets(streets) {
    if (!streets) { return; }
    var pane = VP.map.createPane("vp-streets"), group = L.layerGroup(), first = true;
    pane.style.zIndex = 160;  // above the land (150), below the tile pane (200)
    function opts(extra) {
      var o = { pane: "vp-streets", interactive: false,
                attribution: first ? streets.credit : undefined };
      first = false;
      return Object.assign(o, extra);
    }
    (streets.areas || []).forEach(function (area) {
      var style = STREET_STYLE[area[0]] || ["#dddddd", 0];
      group.addLayer(L.polygon(area[1], opts({ className: "vp-street-area vp-" + area[0],
        stroke: style[1] > 0, color: "#b5ab9b", weight: 1, fillColor: style[0], fillOpacity: 1 })));
    });
    (streets.lines || []).forEach(function (line) {
      var kind = line[0], major = kind.indexOf("-major") > 0, path = kind.indexOf("footway") === 0;
      var rail = kind.indexOf("railway") === 0;
      group.addLayer(L.polyline(line[1], opts({ className: "vp-street vp-" + kind,
        color: rail ? "#55595e" : path ? "#8a7f72" : major ? "#e3b75a" : "#a39a8d",
        weight: rail ? 3 : path ? 1.5 : major ? 6 : 4, dashArray: path ? "4 3" : null })));
    });
    group.addTo(VP.map);
  }

  // ---- hatching for zones where guests may not park ------------------------------
  function hatch(layer, colour) {
    var path = layer._path, svg = path && path.ownerSVGElement;
    if (!svg) { return; }
    var ns = "http://www.w3.org/2000/svg", id = "vp-hatch-" + String(colour).replace(/[^0-9a-z]/gi, "");
    if (!document.getElementById(id)) {
      var defs = svg.querySelector("defs") || svg.insertBefore(document.createElementNS(ns, "defs"), svg.firstChild);
      var pattern = document.createElementNS(ns, "pattern");
      pattern.setAttribute("id", id);
      pattern.setAttribute("patternUnits", "userSpaceOnUse");
      pattern.setAttribute("width", "8");
      pattern.setAttribute("height", "8");
      pattern.setAttribute("patternTransform", "rotate(45)");
      var bar = document.createElementNS(ns, "rect");
      bar.setAttribute("width", "3");
      bar.setAttribute("height", "8");
      bar.setAttribute("fill", colour);
      pattern.appendChild(bar);
      defs.appendChild(pattern);
    }
    layer.setStyle({ fillColor: "url(#" + id + ")", fillOpacity: 0.7 });
  }

  // ---- features ------------------------------------------------------------------
  function position(k) {
    var entry = VP.layers[k];
    return entry && entry.layer.getLatLng ? entry.layer.getLatLng() : null;
  }

  function updateRoutes(k) {
    Object.keys(VP.layers).forEach(function (name) {
      var entry = VP.layers[name];
      if (entry.meta.kind !== "route" || (entry.meta.start !== k && entry.meta.end !== k)) { return; }
      var a = position(entry.meta.start), b = position(entry.meta.end);
      if (a && b) { entry.layer.setLatLngs([a, b]); }
    });
  }

  // A route's drag handle (where the walk must pass) and its numbered step pins: dragged,
  // they tell the app; the app works the route out again and redraws the page.
  function routeExtras(entry) {
    var meta = entry.meta, editable = !!VP.config.editable;
    entry.extras = [];
    function add(point, className, text, message) {
      var icon = L.divIcon({ className: className, iconSize: [20, 20], iconAnchor: [10, 10],
                             html: "" });
      var marker = L.marker(point, { icon: icon, draggable: editable, keyboard: false,
                                     zIndexOffset: 500 }).addTo(VP.map);
      if (text) { marker.getElement().textContent = text; }
      if (editable) {
        marker.on("dragend", function () {
          var at = marker.getLatLng();
          VP.post(Object.assign({ index: meta.index, lat: at.lat, lon: at.lng }, message));
        });
      }
      entry.extras.push(marker);
      return marker;
    }
    if (meta.handle && editable) { add(meta.handle, "vp-waypoint", "", { type: "waypoint" }); }
    (meta.pins || []).forEach(function (pin) {
      if (!pin[3] && !editable) { return; }  // a step not yet pinned shows only to edit
      add([pin[1], pin[2]], "vp-step-pin" + (pin[3] ? "" : " vp-step-pin-unplaced"),
          String(pin[0]), { type: "step_pin", step: pin[0] });
    });
  }

  function moveExtras(entry, route) {
    var points = (route.handle && VP.config.editable ? [route.handle] : []).concat(
      (route.pins || []).filter(function (p) { return p[3] || VP.config.editable; })
        .map(function (p) { return [p[1], p[2]]; }));
    (entry.extras || []).forEach(function (marker, i) { if (points[i]) { marker.setLatLng(points[i]); } });
  }

  VP.add = function (layer, meta) {
    var k = key(meta.kind, meta.index), entry = { layer: layer, meta: meta };
    VP.layers[k] = entry;
    if (meta.kind === "route") { routeExtras(entry); }
    bindInfo(entry);
    // The popup says all the tooltip does; both at once cover each other.
    layer.on("popupopen", function () { if (!VP.config.labels) { layer.closeTooltip(); } });
    if (meta.kind === "zone") {
      if (meta.guests === "no") { hatch(layer, meta.colour); }
      layer.on("click", function (e) {
        if (VP.mode === "idle" && VP.config.editable) {
          L.DomEvent.stopPropagation(e);
          VP.selectZone(meta.index);
        }
      });
    }
    if (MARKER_KINDS[meta.kind] && VP.config.editable) {
      layer.on("drag", function () { updateRoutes(k); });
      layer.on("dragend", function () {
        var at = layer.getLatLng();
        updateRoutes(k);
        VP.post({ type: "marker_moved", kind: meta.kind, index: meta.index, lat: at.lat, lon: at.lng });
      });
    }
    if (VP.config.overview && meta.venueId !== null && meta.venueId !== undefined) {
      layer.on("click", function () { VP.post({ type: "venue_clicked", id: meta.venueId }); });
    }
  };

  VP.latLng = function (kind, index) {
    var at = position(key(kind, index));
    return at ? [at.lat, at.lng] : null;
  };

  VP.moveMarker = function (kind, index, lat, lon) {
    var entry = VP.layers[key(kind, index)];
    if (!entry || !entry.layer.setLatLng) { return false; }
    entry.layer.setLatLng([lat, lon]);
    updateRoutes(key(kind, index));
    return true;
  };

  VP.update = function (geometry) {
    var g = geometry || {};
    Object.keys(g.markers || {}).forEach(function (k) {
      var entry = VP.layers[k];
      if (entry && entry.layer.setLatLng) { entry.layer.setLatLng(g.markers[k]); }
    });
    Object.keys(g.zones || {}).forEach(function (i) {
      var entry = VP.layers[key("zone", i)];
      if (!entry) { return; }
      if (entry.meta.polygon) { entry.layer.setLatLngs(g.zones[i]); } else { entry.layer.setLatLng(g.zones[i][0]); }
    });
    Object.keys(g.routes || {}).forEach(function (i) {
      var entry = VP.layers[key("route", i)], route = g.routes[i];
      if (!entry) { return; }
      entry.layer.setLatLngs(route.points);
      moveExtras(entry, route);
      entry.meta.title = route.title;
      entry.meta.lines = route.lines;
      bindInfo(entry);
    });
    if (VP.selectedZone !== null) { VP.selectZone(VP.selectedZone); }
    VP.updates += 1;
    return true;
  };

  // ---- editing a zone's corners --------------------------------------------------
  VP.selectZone = function (index) {
    VP.zoneHandles.forEach(function (h) { VP.map.removeLayer(h); });
    VP.zoneHandles = [];
    VP.selectedZone = null;
    var entry = index === null || index === undefined ? null : VP.layers[key("zone", index)];
    if (!entry || !entry.meta.polygon || !VP.config.editable) { return false; }
    VP.selectedZone = index;
    var ring = entry.layer.getLatLngs()[0].slice();
    ring.forEach(function (at, i) {
      var handle = L.marker(at, { draggable: true, keyboard: false,
        icon: L.divIcon({ className: "vp-handle", iconSize: [12, 12] }) }).addTo(VP.map);
      handle.on("drag", function () { ring[i] = handle.getLatLng(); entry.layer.setLatLngs([ring]); });
      handle.on("dragend", function () {
        ring[i] = handle.getLatLng();
        entry.layer.setLatLngs([ring]);
        VP.post({ type: "zone_edited", index: index,
                  corners: ring.map(function (p) { return [p.lat, p.lng]; }) });
      });
      VP.zoneHandles.push(handle);
    });
    return true;
  };

  // ---- modes: placing a point, drawing a zone ------------------------------------
  function clearDraft() {
    VP.draftLayers.forEach(function (layer) { VP.map.removeLayer(layer); });
    VP.draftLayers = [];
    VP.draft = [];
  }

  function drawDraft() {
    VP.draftLayers.forEach(function (layer) { VP.map.removeLayer(layer); });
    VP.draftLayers = [L.polyline(VP.draft, { className: "vp-draft", color: "#c2410c", weight: 3,
                                             dashArray: "5 5" }).addTo(VP.map)];
    VP.draft.forEach(function (at) {
      VP.draftLayers.push(L.circleMarker(at, { className: "vp-draft-corner", radius: 5, color: "#c2410c",
                                               fillColor: "#ffffff", fillOpacity: 1, weight: 2 }).addTo(VP.map));
    });
  }

  VP.setMode = function (mode, target) {
    var texts = VP.config.texts || {}, container = VP.map.getContainer();
    if (mode === "place" && !(target && MARKER_KINDS[target.kind])) { mode = "idle"; }
    if (mode !== "place" && mode !== "draw") { mode = "idle"; }
    if (!VP.config.editable) { mode = "idle"; }
    clearDraft();
    VP.selectZone(null);
    if (VP.pending) { VP.map.removeLayer(VP.pending); VP.pending = null; }
    VP.mode = mode;
    VP.target = mode === "place" ? { kind: target.kind, index: target.index | 0 } : null;
    container.classList.toggle("vp-mode-place", mode === "place");
    container.classList.toggle("vp-mode-draw", mode === "draw");
    if (mode === "idle") { VP.map.doubleClickZoom.enable(); } else { VP.map.doubleClickZoom.disable(); }
    var hint = mode === "draw" ? texts.hintDraw : mode === "place" ?
      texts["hint" + target.kind.charAt(0).toUpperCase() + target.kind.slice(1)] : "";
    VP.elements.hint.textContent = hint || "";
    show(VP.elements.hint, Boolean(hint));
    VP.post({ type: "mode", mode: mode });
    return mode;
  };

  VP.handleMapClick = function (lat, lon) {
    if (VP.mode === "place") {
      var target = VP.target;
      VP.setMode("idle");
      VP.moveMarker(target.kind, target.index, lat, lon);
      VP.post({ type: "point_placed", kind: target.kind, index: target.index, lat: lat, lon: lon });
      return true;
    }
    if (VP.mode === "draw") {
      var last = VP.draft[VP.draft.length - 1];
      // The two clicks of a double click land on the same point: one corner.
      if (last && last[0] === lat && last[1] === lon) { return true; }
      VP.draft.push([lat, lon]);
      drawDraft();
      VP.post({ type: "zone_progress", corners: VP.draft.length });
      return true;
    }
    VP.selectZone(null);
    return false;
  };

  VP.finishZone = function () {
    if (VP.mode !== "draw" || VP.draft.length < 3) { return false; }
    var corners = VP.draft.slice();
    VP.setMode("idle");
    // Shown until the app stores the zone and redraws the map.
    VP.pending = L.polygon(corners, { className: "vp-draft", color: "#c2410c", weight: 2,
                                      dashArray: "5 5", fillOpacity: 0.15 }).addTo(VP.map);
    VP.post({ type: "zone_drawn", corners: corners });
    return true;
  };

  // Permanent labels (the overview's) that would cover a marker or an earlier label try
  // the marker's left, then below and above it; checked again after each zoom.
  var LABEL_SIDES = [["right", [12, -18]], ["left", [-12, -18]], ["bottom", [0, 4]],
                     ["top", [0, -34]]];
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  VP.untangleLabels = function () {
    if (!VP.config.labels) { return 0; }
    var entries = Object.keys(VP.layers).map(function (k) { return VP.layers[k]; });
    var icons = [], labels = [], moved = 0;
    entries.forEach(function (e) {
      if (e.layer._icon) { icons.push(e.layer._icon.getBoundingClientRect()); }
    });
    function place(tip, direction, offset) {
      tip.options.direction = direction;
      tip.options.offset = L.point(offset);
      tip.update();
      return tip.getElement().getBoundingClientRect();
    }
    function free(box, others) { return !others.some(function (t) { return overlaps(t, box); }); }
    entries.forEach(function (e) {
      var tip = e.layer.getTooltip ? e.layer.getTooltip() : null, box = null, i, step;
      if (!tip || !tip.options.permanent || !tip.getElement()) { return; }
      // A side clear of markers and labels; else one clear of labels; else stacked below.
      [icons.concat(labels), labels].some(function (others) {
        for (i = 0; i < LABEL_SIDES.length; i += 1) {
          box = place(tip, LABEL_SIDES[i][0], LABEL_SIDES[i][1]);
          if (free(box, others)) { return true; }
        }
        return false;
      }) || (function () {
        for (step = 1; step < 20; step += 1) {
          box = place(tip, "right", [12, -18 + step * (box.height + 2)]);
          if (free(box, labels)) { return; }
        }
      }());
      if (tip.options.direction !== "right" || tip.options.offset.y !== -18) { moved += 1; }
      labels.push(box);
    });
    return moved;
  };

  // Fit the features into the part of the map the legend leaves free.
  VP.fit = function (bounds, maxZoom) {
    var legend = document.querySelector(".vp-legend"), size = VP.map.getSize();
    var right = 40, bottom = 40;
    if (legend && legend.offsetWidth < size.x * 0.6) {
      right += legend.offsetWidth;  // beside the legend when the map is wide enough
    } else if (legend) {
      bottom += legend.offsetHeight;
    }
    VP.map.fitBounds(bounds, { paddingTopLeft: [40, 40], paddingBottomRight: [right, bottom],
                               maxZoom: maxZoom });
    VP.untangleLabels();
  };

  VP.init = function (map, tileLayer, config) {
    VP.map = map;
    VP.config = config || {};
    addControls();
    addLand(VP.config.land);
    addStreets(VP.config.streets);
    watchTiles(tileLayer, VP.config.tileTimeout);
    map.on("click", function (e) { VP.handleMapClick(e.latlng.lat, e.latlng.lng); });
    map.on("zoomend", function () { VP.untangleLabels(); });
    map.on("dblclick", function () { if (VP.mode === "draw") { VP.finishZone(); } });
    map.on("popupopen", function () { if (VP.mode !== "idle") { map.closePopup(); } });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && VP.mode !== "idle") { VP.setMode("idle"); }
      if (e.key === "Enter" && VP.mode === "draw") { VP.finishZone(); }
    });
    connect();
  };
}());
