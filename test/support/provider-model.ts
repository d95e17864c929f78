import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ConfigurableModel } from 'langchain/chat_models/universal';

/** The provider's own chat model (ChatOpenAI…) behind the one `initChatModel` made, to check how it is set up. */
export function providerModel(model: BaseChatModel): Promise<BaseChatModel> {
  return (model as unknown as ConfigurableModel)._getModelInstance();
}
