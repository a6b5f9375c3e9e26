/* global document, window, requestAnimationFrame, MutationObserver -- these run in the page */
// What is measured inside the app page. Clicks are dispatched in the page (element.click()) and
// timed with the page's own clock, so Playwright's round trips are not part of any number.

/** Waits until the map has drawn everything it was asked to (one more `idle`). */
export function settle(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const map = window.__corridorAtlasMap;
    map.once('idle', resolve);
    map.triggerRepaint();
  }));
}

/** The route to click: the CKU railway when the data has it, otherwise the first in the list. */
export async function firstRouteId(page) {
  await showRouteList(page);
  const ids = await routeIds(page);
  if (!ids.length) throw new Error('no button[data-route] in the route list');
  return ids.includes('cku-railway') ? 'cku-railway' : ids[0];
}

export function routeIds(page) {
  return page.$$eval('button[data-route]', (els) => els.map((el) => el.dataset.route));
}

/** Back to the list of routes, from a route's panel or another tab. */
export async function showRouteList(page) {
  await page.evaluate(() => {
    document.querySelector('[data-testid="route-detail"] .back-button')?.click();
    if (!document.querySelector('button[data-route]')) document.getElementById('tab-routes')?.click();
  });
  await page.waitForSelector('button[data-route]', { timeout: 10_000 });
}

/**
 * Clicks a route in the list. Returns the time until its panel exists and two animation frames
 * have passed (so it has been painted), and the long tasks seen while the camera moves (1.5 s).
 */
export function selectRoute(page, id) {
  return page.evaluate(async (routeId) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    // In the DOM vs painted: tells React's work apart from waiting for the next frames.
    const shown = () => document.querySelector('[data-testid="route-detail"]');
    const inDom = new Promise((resolve) => {
      const watcher = new MutationObserver(() => {
        if (!shown()) return;
        watcher.disconnect();
        resolve(performance.now());
      });
      watcher.observe(document.body, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    document.querySelector(`button[data-route="${routeId}"]`).click();
    const domMs = (shown() ? performance.now() : await inDom) - t0;
    await frame();
    await frame();
    const panelMs = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 1500));
    observer.disconnect();
    return { domMs, panelMs, longTasks };
  }, id);
}

/** Where the camera is now, to send the baselines on the same move. */
export function cameraOf(page) {
  return page.evaluate(() => {
    const map = window.__corridorAtlasMap;
    return { center: map.getCenter().toArray(), zoom: map.getZoom() };
  });
}

/** Long tasks while the map eases to `camera` as the app's route fit does (900 ms), watched for 1.5 s. */
export function moveCamera(page, camera) {
  return page.evaluate(async (target) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    window.__corridorAtlasMap.easeTo({ ...target, duration: 900 });
    await new Promise((r) => setTimeout(r, 1500));
    observer.disconnect();
    return longTasks;
  }, camera);
}

/** Clicks the language switch; returns the time from the click to the next app:labels-ready mark, and the drawing frames in between. */
export function switchLanguage(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const marks = () => performance.getEntriesByName('app:labels-ready');
    const before = marks().length;
    let t0 = 0;
    const observer = new PerformanceObserver(() => {
      if (marks().length <= before) return;
      observer.disconnect();
      clearTimeout(timer);
      const at = marks().at(-1).startTime;
      // Drawing frames from the click up to the mark (the frame that marks it included).
      const frames = (window.__benchDrawFrames ?? []).filter((t) => t >= t0 && t <= at + 1).length;
      resolve({ ms: at - t0, frames });
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(() => reject(new Error('no app:labels-ready mark within 20 s of the language switch')), 20_000);
    t0 = performance.now();
    document.querySelector('.lang-switch').click();
  }));
}

/** Long tasks while the deck moves one slide on (the camera flies for 2.2 s), watched for 3 s. */
export async function briefingTransition(page) {
  await page.click('[data-testid="present"]');
  await page.waitForSelector('[data-testid="briefing"]');
  await page.waitForTimeout(3000); // let the fly to the first slide finish
  return page.evaluate(async () => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    window.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'PageDown' }));
    await new Promise((r) => setTimeout(r, 3000));
    observer.disconnect();
    return longTasks;
  });
}

/**
 * Route selections driven through the list: a route, then "All routes", `count` times, cycling
 * through routes. React renders a click's panel before click() returns, so the loop only lets the
 * map draw every tenth time: one software-WebGL frame per click would take minutes here.
 */
export function selectRoutesRepeatedly(page, ids, count) {
  return page.evaluate(async ({ routeIds, n }) => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const settled = () => new Promise((r) => setTimeout(r, 0));
    const click = async (selector) => {
      if (!document.querySelector(selector)) await settled();
      document.querySelector(selector).click();
    };
    for (let i = 0; i < n; i++) {
      await click(`button[data-route="${routeIds[i % routeIds.length]}"]`);
      await click('[data-testid="route-detail"] .back-button');
      if (i % 10 === 9) await frame();
    }
  }, { routeIds: ids, n: count });
}

/**
 * `count` language switches, clicked one after another in the page; every tenth waits for the
 * labels to be redrawn. Waiting for each would take minutes here, and the memory question is what
 * the switches leave behind, not how long each takes (that is measured on its own).
 */
export async function switchLanguageRepeatedly(page, count) {
  for (let done = 0; done < count; done += 10) {
    const quick = Math.min(9, count - done - 1);
    await page.evaluate(async (n) => {
      const button = () => document.querySelector('.lang-switch');
      for (let i = 0; i < n; i++) {
        // The button's handler reads the language of its last render: wait for the re-render.
        const before = button().lang;
        button().click();
        await Promise.resolve();
        while (button().lang === before) await new Promise((r) => setTimeout(r, 0));
      }
    }, quick);
    if (done + quick < count) await switchLanguage(page);
  }
}

/** Used JS heap of the page after a full garbage collection (bytes). */
export async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * What one map frame costs when nothing changes: the median time from a repaint request until
 * the frame has reached the screen (two animation frames later), over 7 repaints. In headless
 * Chromium with software WebGL this is the unit every other map timing is made of.
 */
export function steadyFrame(page) {
  return page.evaluate(async () => {
    const map = window.__corridorAtlasMap;
    const times = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await new Promise((resolve) => { map.once('render', resolve); map.triggerRepaint(); });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[3];
  });
}

/**
 * How many shader programs the map has compiled (MapLibre's internal program cache; null if a
 * MapLibre version keeps it elsewhere). Each first use costs a few hundred ms in SwiftShader.
 */
export function shaderCount(page) {
  return page.evaluate(() => {
    const programs = window.__corridorAtlasMap.painter?.programCache?.programs;
    return programs ? Object.keys(programs).length : null;
  });
}
