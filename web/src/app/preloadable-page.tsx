/**
 * React.lazy with a preload. A lazy component suspends on its first render
 * even when its chunk is already downloaded, and React holds a suspended
 * navigation for up to ~300 ms before revealing it. Once preloaded, this
 * renders the loaded component directly, so the next page appears at once.
 */
import { lazy, type ComponentType } from 'react';

export function preloadablePage(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const LazyPage = lazy(preload);
  function Page() {
    const Loaded = loaded ?? LazyPage;
    return <Loaded />;
  }
  return { Page, preload };
}
