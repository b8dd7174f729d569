import { render } from 'preact-render-to-string';
import { h, type VNode } from 'preact';
import { Ctx, type ViewContext } from './context.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component
export function renderPage(ctx: ViewContext, page: VNode<any>): string {
  return '<!doctype html>' + render(h(Ctx.Provider, { value: ctx }, page));
}
