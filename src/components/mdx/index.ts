/**
 * The components editors can use in MDX without importing them. Passed to every story and page
 * as `<Content components={mdxComponents} />`.
 */
import Metric from '../Metric.astro';
import Chart from '../Chart.astro';
import StatGrid from './StatGrid.astro';
import VideoCard from './VideoCard.astro';
import Callout from './Callout.astro';
import Photo from './Photo.astro';
import ScrollStory from './ScrollStory.astro';
import Step from './Step.astro';
import Link from './Link.astro';

/** `a` is the element Markdown links render to: see Link.astro. */
export const mdxComponents = { Metric, Chart, StatGrid, VideoCard, Callout, Photo, ScrollStory, Step, a: Link };
