/**
 * <chart-view>: the island around every chart. The page already shows the chart (drawn at build
 * time); this re-draws it with the same builder at the space it really has, and adds tooltips on
 * hover, focus and tap, keyboard walking of every data point (roving tabindex, arrow keys, each
 * point announced) and, where motion is welcome, a short entrance.
 *
 * Only the builder for the chart's kind is loaded, so a page pays for the charts it shows.
 *
 * For scroll-driven stories: set `highlight="2024"` (a year, a `metric@year` key, a country or
 * province id, an event slug) or call `element.highlight('2024')`; `highlight(null)` clears it.
 *
 * Nothing runs for a chart the reader has not reached: the builder is loaded and the chart drawn
 * when it comes within a quarter of a screen of the viewport, so a story with several charts
 * blocks the main thread for none of them at load. Where the chart's real width is the width the
 * build drew its layout at, the build's drawing is kept (made interactive in place) rather than
 * drawn again. The entrance (bars growing) plays when the chart scrolls into view, never for a
 * chart that was already on screen, which the reader has seen drawn.
 */
import { modeFor, REFERENCE_WIDTH } from '../charts/layout.ts';
import type { Builder, ChartData, ChartKind, ChartModel } from '../charts/types.ts';

type AnyBuilder = Builder<ChartData>;
const loaders: Record<ChartKind, () => Promise<AnyBuilder>> = {
  'year-comparison': () => import('../charts/year-comparison.ts').then((module) => module.yearComparison as AnyBuilder),
  breakdown: () => import('../charts/breakdown.ts').then((module) => module.breakdown as AnyBuilder),
  'target-progress': () => import('../charts/target-progress.ts').then((module) => module.targetProgress as AnyBuilder),
  'area-counts': () => import('../charts/area-counts.ts').then((module) => module.areaCounts as AnyBuilder),
  'country-dots': () => import('../charts/country-dots.ts').then((module) => module.countryDots as AnyBuilder),
  'province-tiles': () =>
    import('../charts/province-tiles.ts').then((module) => module.provinceTilesChart as AnyBuilder),
  timeline: () => import('../charts/timeline.ts').then((module) => module.timeline as AnyBuilder),
};

const motionAllowed = () => matchMedia('(prefers-reduced-motion: no-preference)').matches;

class ChartView extends HTMLElement {
  static observedAttributes = ['highlight'];

  private data?: ChartData;
  private builder?: AnyBuilder;
  private model?: ChartModel;
  private drawnWidth = 0;
  private active = 0;
  private holder?: HTMLDivElement;
  private tooltip?: HTMLDivElement;
  private live?: HTMLParagraphElement;
  private hint?: HTMLParagraphElement;
  private observer?: ResizeObserver;
  private nearby?: IntersectionObserver;
  /** The build's drawing of each layout mode, kept when the static drawings leave the page. */
  private statics: Record<'narrow' | 'wide', SVGSVGElement | null> = { narrow: null, wide: null };
  private entrance?: IntersectionObserver;
  private pointerType = '';
  private tapArmed = false;

  connectedCallback() {
    if (this.data) return;
    this.data = JSON.parse(this.dataset.chart ?? 'null') as ChartData;
    const load = loaders[this.data.kind];
    if (!load) return;
    // Start when the chart is about to be seen: off-screen charts cost nothing at load.
    this.nearby = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.nearby?.disconnect();
        load().then((builder) => {
          this.builder = builder;
          this.observer = new ResizeObserver((resized) => {
            const box = resized[0]?.contentBoxSize?.[0];
            this.draw(box ? box.inlineSize : this.clientWidth);
          });
          this.observer.observe(this);
        });
      },
      { rootMargin: '25% 0px' },
    );
    this.nearby.observe(this);
    this.addEventListener('pointerover', this.onPointerOver);
    this.addEventListener('pointerout', this.onPointerOut);
    this.addEventListener('pointerdown', this.onPointerDown);
    this.addEventListener('click', this.onClick);
    this.addEventListener('focusin', this.onFocusIn);
    this.addEventListener('focusout', this.onFocusOut);
    this.addEventListener('keydown', this.onKeyDown);
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.nearby?.disconnect();
    this.entrance?.disconnect();
  }

  attributeChangedCallback() {
    this.applyHighlight();
  }

  /** Highlights the data points matching `key` (see the file comment); null clears. */
  highlight(key: string | null) {
    if (key === null) this.removeAttribute('highlight');
    else this.setAttribute('highlight', key);
  }

  private points(): SVGGElement[] {
    return [...(this.holder?.querySelectorAll<SVGGElement>('.chart-point') ?? [])];
  }

  /** Re-draws at `width` CSS pixels. The height is the one the page reserved for this layout mode. */
  private draw(rawWidth: number) {
    const width = Math.floor(rawWidth);
    if (!this.data || !this.builder || width <= 0 || width === this.drawnWidth) return;
    const first = this.drawnWidth === 0;
    this.drawnWidth = width;
    const height = this.builder.height(this.data, modeFor(width));
    this.model = this.builder.build(this.data, width, height, this.data.lang);
    if (!this.holder) {
      for (const mode of ['narrow', 'wide'] as const)
        this.statics[mode] = this.querySelector<SVGSVGElement>(`.chart__static--${mode} svg`);
      this.holder = document.createElement('div');
      this.holder.className = 'chart__live';
      this.tooltip = document.createElement('div');
      this.tooltip.className = 'chart-tooltip';
      this.tooltip.hidden = true;
      this.tooltip.setAttribute('aria-hidden', 'true');
      this.live = document.createElement('p');
      this.live.className = 'visually-hidden';
      this.live.setAttribute('aria-live', 'polite');
      this.hint = document.createElement('p');
      this.hint.className = 'visually-hidden';
      this.hint.id = `${this.closest('figure')?.id ?? 'chart'}-keys`;
      this.hint.textContent = this.dataset.hint ?? '';
      // Swapped in one step: the new drawing takes the box the static one had.
      this.replaceChildren(this.holder, this.tooltip, this.live, this.hint);
    }
    // The build drew this layout at this very width: keep its drawing instead of drawing it again.
    const drawn = first && width === REFERENCE_WIDTH[modeFor(width)] ? this.statics[modeFor(width)] : null;
    if (drawn) this.holder.replaceChildren(drawn);
    else this.holder.innerHTML = this.model.svg;
    const svg = this.holder.querySelector('svg')!;
    // An image while static; a group of focusable points now that the keyboard can walk them,
    // described by its text alternative and by how to walk it.
    svg.setAttribute('role', 'group');
    if (this.dataset.role) svg.setAttribute('aria-roledescription', this.dataset.role);
    if (this.hint)
      svg.setAttribute('aria-describedby', `${svg.getAttribute('aria-describedby') ?? ''} ${this.hint.id}`.trim());
    const points = this.points();
    this.active = Math.min(this.active, Math.max(0, points.length - 1));
    points.forEach((point, index) => {
      point.setAttribute('role', 'img');
      point.setAttribute('tabindex', index === this.active ? '0' : '-1');
      const href = this.model?.points[index]?.href;
      if (href) point.dataset.href = href;
    });
    this.applyHighlight();
    this.hideTooltip();
    if (first && motionAllowed() && this.getBoundingClientRect().top > window.innerHeight) this.enterWhenSeen(svg);
    this.dataset.ready = '';
  }

  /** Bars start at zero and grow once a third of the chart is on screen. */
  private enterWhenSeen(svg: SVGSVGElement) {
    svg.classList.add('is-entering');
    this.entrance = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.entrance?.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => this.holder?.querySelector('svg')?.classList.remove('is-entering')),
        );
      },
      { threshold: 0.33 },
    );
    this.entrance.observe(this);
  }

  private applyHighlight() {
    const key = this.getAttribute('highlight');
    const svg = this.holder?.querySelector('svg');
    if (!svg) return;
    svg.classList.toggle('has-highlight', Boolean(key));
    for (const point of this.points()) {
      point.classList.toggle('is-highlighted', Boolean(key) && (point.dataset.keys ?? '').split(' ').includes(key!));
    }
  }

  private indexOf(target: EventTarget | null): number {
    const point = target instanceof Element ? target.closest<SVGGElement>('.chart-point') : null;
    return point ? Number(point.dataset.index) : -1;
  }

  private showTooltip(index: number) {
    const point = this.model?.points[index];
    if (!point || !this.tooltip) return;
    const title = document.createElement('strong');
    title.textContent = point.tooltip.title;
    const lines = point.tooltip.lines.map((line) => {
      const span = document.createElement('span');
      span.textContent = line;
      return span;
    });
    this.tooltip.replaceChildren(title, ...lines);
    this.tooltip.hidden = false;
    // Keep the box inside the chart; CSSOM styles are allowed by the CSP (inline style attributes are not).
    const half = this.tooltip.offsetWidth / 2;
    const x = Math.min(Math.max(point.x, half), Math.max(half, this.clientWidth - half));
    const above = point.y > this.tooltip.offsetHeight + 12;
    this.tooltip.style.left = `${x}px`;
    this.tooltip.style.top = `${above ? point.y : point.y + this.tooltip.offsetHeight + 34}px`;
    this.points().forEach((element, candidate) => element.classList.toggle('is-active', candidate === index));
  }

  private hideTooltip() {
    if (this.tooltip) this.tooltip.hidden = true;
    this.points().forEach((element) => element.classList.remove('is-active'));
  }

  private focusPoint(index: number) {
    const points = this.points();
    const next = points[index];
    if (!next) return;
    points[this.active]?.setAttribute('tabindex', '-1');
    this.active = index;
    next.setAttribute('tabindex', '0');
    next.focus({ preventScroll: false });
  }

  private onPointerOver = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const index = this.indexOf(event.target);
    if (index >= 0) this.showTooltip(index);
  };

  private onPointerOut = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') return;
    const from = this.indexOf(event.target);
    const to = this.indexOf(event.relatedTarget);
    if (from >= 0 && to !== from && !this.contains(document.activeElement)) this.hideTooltip();
    else if (to < 0 && this.contains(document.activeElement)) this.showTooltip(this.active);
  };

  /** A tap moves focus to the point, which shows its tooltip and announces it; a second tap follows its link. */
  private onPointerDown = (event: PointerEvent) => {
    const index = this.indexOf(event.target);
    this.pointerType = event.pointerType;
    this.tapArmed = index >= 0 && index === this.active && this.points()[index] === document.activeElement;
    if (index < 0) {
      this.hideTooltip();
    } else if (event.pointerType !== 'mouse') {
      event.preventDefault();
      this.focusPoint(index);
    }
  };

  private onClick = (event: MouseEvent) => {
    const href = this.model?.points[this.indexOf(event.target)]?.href;
    if (href && (this.pointerType === 'mouse' || this.tapArmed)) window.location.assign(href);
  };

  private onFocusIn = (event: FocusEvent) => {
    const index = this.indexOf(event.target);
    if (index < 0) return;
    this.points()[this.active]?.setAttribute('tabindex', '-1');
    this.active = index;
    this.points()[index]?.setAttribute('tabindex', '0');
    this.showTooltip(index);
    const point = this.model?.points[index];
    if (point && this.live) this.live.textContent = point.label;
  };

  private onFocusOut = (event: FocusEvent) => {
    if (this.indexOf(event.relatedTarget) < 0) this.hideTooltip();
  };

  private onKeyDown = (event: KeyboardEvent) => {
    const index = this.indexOf(event.target);
    if (index < 0) return;
    const last = this.points().length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      this.focusPoint(moves[event.key]!);
    } else if (event.key === 'Escape') {
      this.hideTooltip();
    } else if (event.key === 'Enter') {
      const href = this.model?.points[index]?.href;
      if (href) window.location.assign(href);
    }
  };
}

if (!customElements.get('chart-view')) customElements.define('chart-view', ChartView);
