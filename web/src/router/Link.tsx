import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './location';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A real link that navigates inside the app; new-tab and modified clicks stay the browser's. */
export function Link({ href, onClick, ...props }: Props) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (props.target && props.target !== '_self') return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...props} />;
}
