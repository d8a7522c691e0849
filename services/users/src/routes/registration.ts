import { Type } from 'typebox'
import type { ServiceApp } from '@bazaar/kit'
import { register, type RegistrationDeps } from '../domain/registration.ts'
import { closed, Email, Name, Password, Username, UserView, userView } from './schemas.ts'

const RegisterBody = Type.Object({
  email: Email,
  password: Type.Optional(Password),
  username: Type.Optional(Username),
  name: Type.Optional(Name),
}, closed)

export function registrationRoutes(app: ServiceApp, deps: RegistrationDeps): void {
  app.post('/users', {
    schema: {
      summary: 'Register an account',
      description: 'Without a password the account exists but cannot log in until an admin sets one.',
      tags: ['users'],
      body: RegisterBody,
      response: { 201: UserView },
    },
  }, async (request, reply) => {
    const user = await register(deps, request.body)
    return reply.code(201).header('location', `/users/${user.userId}`).send(userView(user))
  })
}
