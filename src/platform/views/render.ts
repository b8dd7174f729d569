import { render } from 'preact-render-to-string';
import { h, type VNode } from 'preact';
import { Ctx, type ViewContext } from './context.ts';

export function renderPage(ctx: ViewContext, page: VNode): string {
  return '<!doctype html>' + render(h(Ctx.Provider, { value: ctx }, page));
}
