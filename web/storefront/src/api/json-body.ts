/**
 * The JSON an operation of a service's generated API answers with a status, such as
 * `JsonBody<paths['/cart']['get']>`; naming a path, method or status the service does not
 * document is a type error.
 */
export type JsonBody<
  Operation extends { responses: Record<Status, { content: { 'application/json': unknown } }> },
  Status extends number = 200,
> = Operation['responses'][Status]['content']['application/json']
