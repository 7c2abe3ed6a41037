/**
 * Every detail tab's view, in one chunk loaded when the detail is first shown (detailTabs.ts):
 * none of them is needed to paint the list, and together they are most of panel/'s code.
 */
export { HeadersTab } from '../headers/HeadersTab';
export { RawTab } from '../raw/RawTab';
export { TimingTab } from '../timing/TimingTab';
export { ValidationTab } from '../validation/ValidationTab';
export { ConversationTab } from './ConversationTab';
export { ResponseTab } from './ResponseTab';
export { UsageTab } from './UsageTab';
