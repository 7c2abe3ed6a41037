// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HeaderValue, SecretUrl } from './SecretValue';

afterEach(cleanup);

describe('HeaderValue', () => {
  it('shows an Authorization header masked until revealed, and hides it again', () => {
    render(<HeaderValue name="Authorization" value="Bearer sk-proj-abcdefghijklmnop1234" testId="value" />);
    expect(screen.getByTestId('value').textContent).toBe('Bearer sk-proj-…1234');
    expect(document.body.textContent).not.toContain('abcdefghijklmnop');

    const reveal = screen.getByRole('button', { name: 'Reveal Authorization' });
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(reveal);
    expect(screen.getByTestId('value').textContent).toBe('Bearer sk-proj-abcdefghijklmnop1234');
    expect(reveal.getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Hide Authorization' }));
    expect(screen.getByTestId('value').textContent).toBe('Bearer sk-proj-…1234');
  });

  it('reveals one value without revealing the others', () => {
    render(
      <>
        <HeaderValue name="api-key" value="0123456789abcdef0123456789abcdef" testId="api" />
        <HeaderValue name="cookie" value="session=abcdefghijklmnopqrstuvwx" testId="cookie" />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reveal api-key' }));
    expect(screen.getByTestId('api').textContent).toBe('0123456789abcdef0123456789abcdef');
    expect(screen.getByTestId('cookie').textContent).toBe('session=…uvwx');
  });

  it('shows an ordinary header as plain text, with no reveal button', () => {
    render(<HeaderValue name="Content-Type" value="application/json" testId="value" />);
    expect(screen.getByTestId('value').textContent).toBe('application/json');
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('SecretUrl', () => {
  it('masks a key in the query string until revealed', () => {
    const url = 'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIzaSyD-1234567890abcdefghijklmnopq';
    render(<SecretUrl url={url} testId="url" />);
    expect(screen.getByTestId('url').textContent).toBe(
      'https://generativelanguage.googleapis.com/v1beta/openai/chat/completions?key=AIza…nopq',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Reveal URL' }));
    expect(screen.getByTestId('url').textContent).toBe(url);
  });

  it('shows a URL without secrets as it is', () => {
    render(<SecretUrl url="https://api.openai.com/v1/chat/completions" testId="url" />);
    expect(screen.getByTestId('url').textContent).toBe('https://api.openai.com/v1/chat/completions');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
