// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chatExchange } from '../../../../testing/exchanges';
import { decodedTabProps } from '../../../testing/decodedTabProps';
import { readFixture } from '../../../../testing/fixtureFiles';
import { SECRET_FRAGMENTS, secretExchange } from '../../../testing/secretExchange';
import { HeadersTab } from './HeadersTab';

afterEach(cleanup);

const headerRows = (section: string) =>
  within(screen.getByTestId(section))
    .getAllByTestId('header-row')
    .map((row) => [within(row).getByTestId('header-name').textContent, within(row).getByTestId('header-value').textContent]);

describe('HeadersTab', () => {
  it('shows the request line and both header lists', () => {
    render(<HeadersTab {...decodedTabProps(chatExchange({ id: 'h', body: readFixture('openai-chat-text-1.json') }))} />);
    expect(screen.getByTestId('headers-url').textContent).toBe('https://api.openai.com/v1/chat/completions');
    expect(screen.getByTestId('headers-method').textContent).toBe('POST');
    expect(screen.getByTestId('headers-status').textContent).toBe('200');
    expect(headerRows('headers-request')).toEqual([['content-type', 'application/json']]);
    expect(headerRows('headers-response')).toEqual([['content-type', 'application/json']]);
    expect(within(screen.getByTestId('headers-request')).getByRole('heading').textContent).toBe('Request headers (1)');
  });

  it('sorts headers by name regardless of case, keeping repeated names in the order sent', () => {
    const exchange = {
      ...chatExchange({ id: 'h', body: readFixture('openai-chat-text-1.json') }),
      responseHeaders: [
        { name: 'x-request-id', value: 'req_1' },
        { name: 'Vary', value: 'Origin' },
        { name: 'Date', value: 'Thu, 26 Sep 2024 10:22:22 GMT' },
        { name: 'content-type', value: 'application/json' },
        { name: 'CF-Ray', value: '8c9' },
        { name: 'vary', value: 'Accept-Encoding' },
        { name: 'Cache-Control', value: 'no-store' },
      ],
    };
    render(<HeadersTab {...decodedTabProps(exchange)} />);
    expect(headerRows('headers-response')).toEqual([
      ['Cache-Control', 'no-store'],
      ['CF-Ray', '8c9'],
      ['content-type', 'application/json'],
      ['Date', 'Thu, 26 Sep 2024 10:22:22 GMT'],
      ['Vary', 'Origin'],
      ['vary', 'Accept-Encoding'],
      ['x-request-id', 'req_1'],
    ]);
  });

  it('masks credentials in headers and the URL, and reveals one only when asked', () => {
    render(<HeadersTab {...decodedTabProps(secretExchange({ id: 's', body: readFixture('openai-chat-text-1.json') }))} />);
    expect(headerRows('headers-request')).toEqual([
      ['api-key', '…cdef'],
      ['Authorization', 'Bearer sk-proj-…1234'],
      ['content-type', 'application/json'],
      ['Cookie', 'session=…9876; theme=••••••••'],
    ]);
    expect(headerRows('headers-response')).toEqual([
      ['content-type', 'application/json'],
      ['set-cookie', 'srv=…WXYZ; Path=/; HttpOnly'],
    ]);
    expect(screen.getByTestId('headers-url-value').textContent).toBe(
      'https://gateway.example.test/v1/chat/completions?key=AIza…StUv&api-version=2024-10-21',
    );
    const tab = screen.getByTestId('headers-tab');
    for (const fragment of SECRET_FRAGMENTS) expect(tab.textContent).not.toContain(fragment);

    fireEvent.click(screen.getByRole('button', { name: 'Reveal Authorization' }));
    expect(headerRows('headers-request')[1]).toEqual(['Authorization', 'Bearer sk-proj-abcdefghijklmnop1234']);
    // Only that one value: the api-key stays masked.
    expect(headerRows('headers-request')[0]).toEqual(['api-key', '…cdef']);
  });

  it('says when no headers were recorded', () => {
    const captured = { ...chatExchange({ id: 'n', body: readFixture('openai-chat-text-1.json') }), requestHeaders: [] };
    render(<HeadersTab {...decodedTabProps(captured)} />);
    expect(within(screen.getByTestId('headers-request')).getByText('None recorded')).toBeTruthy();
  });
});
