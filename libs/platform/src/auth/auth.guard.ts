import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  SetMetadata,
  UnauthorizedException,
  createParamDecorator,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import type { Principal, Role } from './principal';
import { TokenRefused, TokenVerifier } from './token-verifier';

const PUBLIC_KEY = 'zc:public';
const ROLES_KEY = 'zc:roles';

/** Open to anyone without a token (health, metrics, public listings and verification). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Whether the handler (or its controller) is open to anyone. */
export function isPublic(reflector: Reflector, context: ExecutionContext): boolean {
  return reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;
}

/** The roles that may call a handler; other authenticated callers get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

type AuthedRequest = IncomingMessage & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthedRequest>().principal;
  if (!principal) throw new UnauthorizedException('no principal on request');
  return principal;
});

/** Global guard: every HTTP route needs a valid bearer token of the configured issuer unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.verifier = new TokenVerifier(config.oidc);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (isPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    request.principal = await this.authenticate(request.headers.authorization);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !request.principal.roles.some((role: Role) => allowed.includes(role))) {
      throw new ForbiddenException('your roles do not allow this call');
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Principal> {
    const token = header?.match(/^Bearer (.+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('a bearer token is required');
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRefused) throw new UnauthorizedException(`invalid token: ${error.message}`);
      this.logger.error(`tokens cannot be checked: ${(error as Error).message}`);
      throw new ServiceUnavailableException('the identity provider cannot be reached; try again shortly');
    }
  }
}
